import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { CONTRACT_MACHINE_ID, CONTRACT_MACHINE_VERSION, contractMachine, contractMachineV1, contractMachineV2, contractMachineV3, contractMachineV4, contractMachineV5, contractMachineV6, contractMachineV7, contractMachineV8, contractMachineV9, contractMachineV10, contractMachineV11, contractMachineV12, contractMachineV13, contractMachineV14, contractMachineV15, contractMachineV16, contractMachineV17, contractMachineV18, contractMachineV19, contractMachineV20, contractMachineV21, contractMachineV22, contractMachineV23, contractMachineV24, contractMachineV25, contractMachineV26, ESTATE_MACHINE_ID, ESTATE_MACHINE_VERSION, estateMachine, estateMachineV1, machineFor, machines } from './index';

describe('workflow registry', () => {
  it('keeps every machine under its id and version', () => {
    expect(machines).toEqual({ contract: { 1: contractMachineV1, 2: contractMachineV2, 3: contractMachineV3, 4: contractMachineV4, 5: contractMachineV5, 6: contractMachineV6, 7: contractMachineV7, 8: contractMachineV8, 9: contractMachineV9, 10: contractMachineV10, 11: contractMachineV11, 12: contractMachineV12, 13: contractMachineV13, 14: contractMachineV14, 15: contractMachineV15, 16: contractMachineV16, 17: contractMachineV17, 18: contractMachineV18, 19: contractMachineV19, 20: contractMachineV20, 21: contractMachineV21, 22: contractMachineV22, 23: contractMachineV23, 24: contractMachineV24, 25: contractMachineV25, 26: contractMachineV26, 27: contractMachine }, estate: { 1: estateMachineV1, 2: estateMachine } });
    expect(ESTATE_MACHINE_VERSION).toBe(2);
    expect(CONTRACT_MACHINE_VERSION).toBe(27);
    expect(machineFor(CONTRACT_MACHINE_ID, CONTRACT_MACHINE_VERSION)).toBe(contractMachine);
    expect(machineFor(ESTATE_MACHINE_ID, ESTATE_MACHINE_VERSION)).toBe(estateMachine);
    expect(contractMachine.id).toBe(CONTRACT_MACHINE_ID);
    expect(estateMachine.id).toBe(ESTATE_MACHINE_ID);
  });

  it('finds nothing for an unknown id or version', () => {
    expect(machineFor('contract', 99)).toBeUndefined();
    expect(machineFor('toString', 1)).toBeUndefined();
  });
});

describe('workflow layer purity', () => {
  it('imports only xstate, date-holidays, node built-ins and its own files', () => {
    const allowed = new Set(['xstate', 'date-holidays', ...builtinModules]);
    const testOnly = new Set(['@xstate/graph']);
    for (const file of readdirSync(__dirname).filter((f) => f.endsWith('.ts'))) {
      const source = readFileSync(join(__dirname, file), 'utf8');
      const imported = [...source.matchAll(/\bfrom\s+'([^']+)'|\brequire\('([^']+)'\)/g)].map((m) => m[1] ?? m[2]);
      const foreign = imported.filter((m) => !m.startsWith('./') && !allowed.has(m.replace(/^node:/, '')) && !(file.endsWith('.spec.ts') && testOnly.has(m)));
      expect({ file, foreign }).toEqual({ file, foreign: [] });
    }
  });
});
