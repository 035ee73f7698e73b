import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * What `npm ci` will install is decided by package.json and package-lock.json,
 * so the supply chain is checked there: exact pins, a lock that agrees with
 * them, an integrity hash for every package, and install scripts only from
 * packages we chose to trust.
 */

interface LockedPackage {
  readonly version?: string;
  readonly integrity?: string;
  readonly link?: boolean;
  readonly hasInstallScript?: boolean;
}

interface Manifest {
  readonly dependencies?: Record<string, string>;
  readonly devDependencies?: Record<string, string>;
}

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as Manifest;
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
  readonly lockfileVersion: number;
  readonly packages: Record<string, LockedPackage & Manifest>;
};

/**
 * Packages allowed to run a script when installed, and why. Anything new here
 * is a decision to review, not something a dependency update slips in.
 */
const TRUSTED_INSTALL_SCRIPTS: Record<string, string> = {
  // tsx (which runs the bot, the CLI and the benchmark) compiles TypeScript with esbuild;
  // its postinstall only checks that the platform binary it ships in an optional package works.
  'node_modules/esbuild': 'esbuild: verifies its own native binary',
};

const EXACT_VERSION = /^\d+\.\d+\.\d+$/;

const declared = { ...manifest.dependencies, ...manifest.devDependencies };
const locked = Object.entries(lock.packages).filter(([path]) => path !== '');

describe('supply chain', () => {
  it('pins every direct dependency to an exact version', () => {
    const loose = Object.entries(declared).filter(([, range]) => !EXACT_VERSION.test(range));
    expect(Object.keys(declared).length).toBeGreaterThan(5);
    expect(loose).toEqual([]);
  });

  it('has a lock file that installs exactly the pinned versions', () => {
    expect(lock.lockfileVersion).toBe(3);
    const root = lock.packages[''];
    expect({ ...root?.dependencies, ...root?.devDependencies }).toEqual(declared);
    const drift = Object.entries(declared).filter(
      ([name, version]) => lock.packages[`node_modules/${name}`]?.version !== version,
    );
    expect(drift).toEqual([]);
  });

  it('records an integrity hash for every package it installs', () => {
    const unverified = locked
      .filter(([, entry]) => entry.link !== true && !entry.integrity?.startsWith('sha512-'))
      .map(([path]) => path);
    expect(locked.length).toBeGreaterThan(50);
    expect(unverified).toEqual([]);
  });

  it('runs install scripts only from packages chosen to run them', () => {
    const withScripts = locked.filter(([, entry]) => entry.hasInstallScript === true).map(([path]) => path);
    expect(withScripts.sort()).toEqual(Object.keys(TRUSTED_INSTALL_SCRIPTS).sort());
  });
});
