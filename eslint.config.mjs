// Lint rules for the TypeScript and JavaScript sources. Layout is prettier's job (.prettierrc.json);
// the line limit is checked here too because prettier cannot break comments, and long string literals
// are left whole so that a message can be found by searching for it.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
    {
        ignores: [
            'language/generated/**',
            'language/project/generated/**',
            'language/parser/generated/**',
            'out/**',
            'dist/**',
            'node_modules/**',
            '.vscode-test/**'
        ]
    },
    js.configs.recommended,
    ...tseslint.configs.recommended,
    {
        languageOptions: {
            globals: { ...globals.node }
        },
        rules: {
            'max-len': [
                'error',
                {
                    code: 110,
                    tabWidth: 4,
                    ignoreUrls: true,
                    ignoreStrings: true,
                    ignoreTemplateLiterals: true,
                    ignoreRegExpLiterals: true
                }
            ],
            '@typescript-eslint/no-unused-vars': [
                'error',
                { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }
            ],
            eqeqeq: ['error', 'always', { null: 'ignore' }],
            'prefer-const': ['error', { destructuring: 'all', ignoreReadBeforeAssign: true }],
            // Control characters are matched on purpose: they are what the escaping code escapes.
            'no-control-regex': 'off'
        }
    },
    {
        // Code that Playwright runs inside the page: the DOM types are not in this project's TypeScript lib.
        files: ['test/browser/**'],
        rules: { '@typescript-eslint/no-explicit-any': 'off' }
    },
    {
        files: ['test/browser/**', 'language/render/**'],
        languageOptions: { globals: { ...globals.node, ...globals.browser } }
    }
);
