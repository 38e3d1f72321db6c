import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import Ajv2020 from 'ajv/dist/2020.js';

/**
 * workspace-model.schema.json must describe the interfaces of workspace-model.ts exactly: the same
 * properties, the same required ones, closed objects, and matching types. This test reads the
 * TypeScript source, so that a change of the model that is not carried into the schema fails here.
 */

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const MODEL_FILE = path.join(REPO_ROOT, 'language', 'model', 'workspace-model.ts');
const SCHEMA_FILE = path.join(REPO_ROOT, 'language', 'model', 'workspace-model.schema.json');
/** Where the model's enumerations come from: the types generated from the grammar. */
const AST_FILE = path.join(REPO_ROOT, 'language', 'generated', 'ast.ts');

interface SchemaNode {
    $ref?: string;
    type?: string | string[];
    enum?: unknown[];
    const?: unknown;
    items?: SchemaNode;
    oneOf?: SchemaNode[];
    properties?: Record<string, SchemaNode>;
    required?: string[];
    additionalProperties?: boolean;
    $defs?: Record<string, SchemaNode>;
}

interface Property {
    name: string;
    optional: boolean;
    type: ts.TypeNode;
}

const source = ts.createSourceFile(
    MODEL_FILE,
    readFileSync(MODEL_FILE, 'utf8'),
    ts.ScriptTarget.Latest,
    true
);
const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as SchemaNode;
const astSource = ts.createSourceFile(AST_FILE, readFileSync(AST_FILE, 'utf8'), ts.ScriptTarget.Latest, true);
const grammarTypes = new Map<string, ts.TypeAliasDeclaration | ts.InterfaceDeclaration>();
for (const statement of astSource.statements) {
    if (ts.isTypeAliasDeclaration(statement) || ts.isInterfaceDeclaration(statement)) {
        grammarTypes.set(statement.name.text, statement);
    }
}
const interfaces = new Map<string, ts.InterfaceDeclaration>();
const aliases = new Map<string, ts.TypeAliasDeclaration>();
const constants = new Map<string, ts.Expression>();
for (const statement of source.statements) {
    if (ts.isInterfaceDeclaration(statement)) {
        interfaces.set(statement.name.text, statement);
    } else if (ts.isTypeAliasDeclaration(statement)) {
        aliases.set(statement.name.text, statement);
    } else if (ts.isVariableStatement(statement)) {
        for (const declaration of statement.declarationList.declarations) {
            if (ts.isIdentifier(declaration.name) && declaration.initializer) {
                constants.set(declaration.name.text, declaration.initializer);
            }
        }
    }
}

/** The properties of an interface, with those of the interfaces it extends. */
function propertiesOf(name: string): Property[] {
    const declaration = interfaces.get(name);
    assert.ok(declaration, `interface ${name} in workspace-model.ts`);
    const inherited = (declaration.heritageClauses ?? []).flatMap(clause =>
        clause.types.map(t => t.expression.getText(source))
    );
    return [...inherited.flatMap(propertiesOf), ...membersOf(declaration.members)];
}

function membersOf(members: ts.NodeArray<ts.TypeElement>): Property[] {
    return members.filter(ts.isPropertySignature).map(member => {
        assert.ok(member.type, `${member.name.getText(source)} has a type`);
        return {
            name: member.name.getText(source),
            optional: member.questionToken !== undefined,
            type: member.type
        };
    });
}

function deref(node: SchemaNode): SchemaNode {
    if (!node.$ref) {
        return node;
    }
    const name = node.$ref.replace('#/$defs/', '');
    const target = schema.$defs?.[name];
    assert.ok(target, `${node.$ref} exists`);
    return target;
}

function types(node: SchemaNode): string[] {
    return node.type === undefined ? [] : Array.isArray(node.type) ? [...node.type].sort() : [node.type];
}

/** Asserts that `node` describes exactly the object with `properties` (closed, same required set). */
function expectObject(where: string, properties: Property[], node: SchemaNode): void {
    assert.deepEqual(types(node), ['object'], `${where}: an object`);
    assert.equal(node.additionalProperties, false, `${where}: closed (additionalProperties: false)`);
    assert.deepEqual(
        Object.keys(node.properties ?? {}).sort(),
        properties.map(p => p.name).sort(),
        `${where}: the same properties`
    );
    assert.deepEqual(
        [...(node.required ?? [])].sort(),
        properties
            .filter(p => !p.optional)
            .map(p => p.name)
            .sort(),
        `${where}: the same required properties`
    );
    for (const property of properties) {
        expectType(`${where}.${property.name}`, property.type, node.properties![property.name]);
    }
}

function literalValues(type: ts.TypeNode): string[] | undefined {
    if (!ts.isUnionTypeNode(type)) {
        return ts.isLiteralTypeNode(type) && ts.isStringLiteral(type.literal)
            ? [type.literal.text]
            : undefined;
    }
    const values = type.types.map(t =>
        ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal) ? t.literal.text : undefined
    );
    return values.every(v => v !== undefined) ? (values as string[]) : undefined;
}

function expectType(where: string, type: ts.TypeNode, node: SchemaNode): void {
    assert.ok(node, `${where}: described in the schema`);
    const literals = literalValues(type);
    if (literals) {
        const target = deref(node);
        assert.deepEqual(types(target), ['string'], `${where}: a string`);
        assert.deepEqual([...(target.enum ?? [])].sort(), [...literals].sort(), `${where}: the same values`);
        return;
    }
    if (ts.isUnionTypeNode(type)) {
        const nonNull = type.types.filter(
            t => !(ts.isLiteralTypeNode(t) && t.literal.kind === ts.SyntaxKind.NullKeyword)
        );
        assert.equal(nonNull.length, type.types.length - 1, `${where}: only T | null unions are expected`);
        assert.equal(nonNull.length, 1, `${where}: only T | null unions are expected`);
        if (node.oneOf) {
            assert.equal(node.oneOf.length, 2, `${where}: oneOf of the type and null`);
            assert.ok(
                node.oneOf.some(n => types(n).join() === 'null'),
                `${where}: may be null`
            );
            expectType(
                where,
                nonNull[0],
                node.oneOf.find(n => types(n).join() !== 'null')!
            );
        } else {
            assert.ok(types(node).includes('null'), `${where}: may be null`);
            expectType(where, nonNull[0], { ...node, type: types(node).filter(t => t !== 'null') });
        }
        return;
    }
    if (ts.isArrayTypeNode(type)) {
        const target = deref(node);
        assert.deepEqual(types(target), ['array'], `${where}: an array`);
        expectType(`${where}[]`, type.elementType, target.items!);
        return;
    }
    if (ts.isTypeLiteralNode(type)) {
        expectObject(where, membersOf(type.members), deref(node));
        return;
    }
    if (ts.isTypeQueryNode(type)) {
        const value = constants.get(type.exprName.getText(source));
        assert.ok(value && ts.isNumericLiteral(value), `${where}: typeof a numeric constant`);
        assert.equal(deref(node).const, Number(value.text), `${where}: the constant`);
        return;
    }
    if (ts.isIndexedAccessTypeNode(type)) {
        // `Actor['kind']`: a property of a type generated from the grammar
        const owner = grammarTypes.get(type.objectType.getText());
        const key = ts.isLiteralTypeNode(type.indexType) ? type.indexType.literal.getText().slice(1, -1) : '';
        const member =
            owner && ts.isInterfaceDeclaration(owner)
                ? owner.members.find(m => ts.isPropertySignature(m) && m.name.getText() === key)
                : undefined;
        assert.ok(member && ts.isPropertySignature(member) && member.type, `${where}: ${type.getText()}`);
        expectType(where, member.type, node);
        return;
    }
    if (ts.isTypeReferenceNode(type)) {
        const name = type.typeName.getText();
        const alias = aliases.get(name);
        if (alias) {
            expectType(where, alias.type, node);
            return;
        }
        const generated = grammarTypes.get(name);
        if (generated && ts.isTypeAliasDeclaration(generated)) {
            expectType(where, generated.type, node);
            return;
        }
        assert.equal(node.$ref, `#/$defs/${name}`, `${where}: refers to ${name}`);
        return;
    }
    const target = deref(node);
    const actual = types(target).filter(t => t !== 'null');
    switch (type.kind) {
        case ts.SyntaxKind.StringKeyword:
            assert.deepEqual(actual, ['string'], `${where}: a string`);
            return;
        case ts.SyntaxKind.NumberKeyword:
            assert.ok(actual.length === 1 && ['number', 'integer'].includes(actual[0]), `${where}: a number`);
            return;
        case ts.SyntaxKind.BooleanKeyword:
            assert.deepEqual(actual, ['boolean'], `${where}: a boolean`);
            return;
        default:
            assert.fail(`${where}: type ${type.getText()} is not handled by this test`);
    }
}

describe('workspace-model.schema.json', () => {
    it('is a valid JSON Schema (draft 2020-12) that compiles in strict mode', () => {
        const ajv = new Ajv2020.default({ strict: true, allowUnionTypes: true });
        assert.equal(
            (schema as { $schema?: string }).$schema,
            'https://json-schema.org/draft/2020-12/schema'
        );
        ajv.compile(schema);
    });

    it('describes WorkspaceModel at the top level', () => {
        expectObject('WorkspaceModel', propertiesOf('WorkspaceModel'), schema);
    });

    it('has a definition for every interface, describing it exactly', () => {
        const abstract = new Set(['Element', 'Citing', 'Fidelity', 'Linking', 'WorkspaceModel']);
        const expected = [...interfaces.keys()].filter(name => !abstract.has(name)).sort();
        const defined = Object.keys(schema.$defs ?? {})
            .filter(name => interfaces.has(name))
            .sort();
        assert.deepEqual(defined, expected);
        for (const name of expected) {
            expectObject(name, propertiesOf(name), schema.$defs![name]);
        }
    });

    it('every definition is used', () => {
        const text = JSON.stringify(schema);
        for (const name of Object.keys(schema.$defs ?? {})) {
            assert.ok(text.includes(`"#/$defs/${name}"`), `${name} is referred to`);
        }
    });
});
