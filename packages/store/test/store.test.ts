import { openStore } from '../src/index.js';
import { storeContract } from './contract.js';

storeContract('sqlite', () => openStore({ db: ':memory:' }));
import { dataContract } from './contract-data.js';
dataContract('sqlite', () => openStore({ db: ':memory:' }));
