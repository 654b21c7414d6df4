import { openStore } from '../src/index.js';
import { storeContract } from './contract.js';

storeContract('sqlite', () => openStore({ db: ':memory:' }));
