#!/usr/bin/env node
// The executable. Written in syntax that any Node parses, so that an old Node reaches the version
// check below and says what is wrong instead of failing somewhere inside the CLI.
var MINIMUM_MAJOR = 22;
var found = process.versions.node;

function germanWanted(argv, env) {
    for (var i = 0; i < argv.length; i++) {
        var value = argv[i] === '--lang' ? argv[i + 1] : /^--lang=/.test(argv[i]) ? argv[i].slice(7) : null;
        if (value === 'de' || value === 'en') {
            return value === 'de';
        }
    }
    var locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
    return /^de([-_.@]|$)/i.test(locale);
}

if (Number(found.split('.')[0]) < MINIMUM_MAJOR) {
    process.stderr.write(
        germanWanted(process.argv.slice(2), process.env)
            ? 'strat braucht Node.js ' + MINIMUM_MAJOR + ' oder neuer (gefunden: ' + found + ')\n'
            : 'strat needs Node.js ' + MINIMUM_MAJOR + ' or newer (found ' + found + ')\n'
    );
    process.exit(2);
}

// Node's compile cache keeps the compiled CLI bundle between runs (in the system's temporary folder).
import('node:module')
    .then(function (nodeModule) {
        if (typeof nodeModule.enableCompileCache === 'function') {
            nodeModule.enableCompileCache();
        }
        return import('../dist/cli.mjs');
    })
    .then(function (cli) {
        return cli.main(process.argv);
    })
    .catch(function (error) {
        process.stderr.write(
            'strat: cannot start: ' + (error && error.message ? error.message : error) + '\n'
        );
        process.exitCode = 2;
    });
