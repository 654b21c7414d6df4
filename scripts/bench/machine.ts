// The machine a bench ran on: numbers are only comparable with this line beside them (the machine may be shared,
// so the load average at start and end says how much of it the bench had).
import os from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  node: string;
  platform: string;
  /** 1, 5 and 15-minute load averages. */
  loadavg: [number, number, number];
}

export function machine(): Machine {
  const cpus = os.cpus();
  const [a, b, c] = os.loadavg();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown CPU',
    cores: cpus.length,
    node: process.version,
    platform: `${os.platform()} ${os.arch()}`,
    loadavg: [a!, b!, c!].map((v) => Math.round(v * 100) / 100) as [number, number, number],
  };
}

export function machineLine(m: Machine): string {
  return `${m.cpu} × ${m.cores}, Node ${m.node}, ${m.platform}, load average ${m.loadavg.join(' ')}`;
}
