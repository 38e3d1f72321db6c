import type { CheckCode } from '../validation/codes.js';
import type { Locale } from './locale.js';

interface CheckText {
    /** What the check finds, for rule lists (SARIF, documentation). */
    readonly rule: string;
    /** The message of one finding; `{name}` is replaced by the finding's argument of that name. */
    readonly message: string;
    /** Other wordings of the message for particular cases of the finding, by name. */
    readonly variants?: Readonly<Record<string, string>>;
}

export const CHECK_MESSAGES: Record<Locale, Record<CheckCode, CheckText>> = {
    en: {
        'syntax-error': {
            rule: 'The text does not follow the grammar of .strat.',
            message: 'Syntax error: {detail}'
        },
        'unresolved-decision': {
            rule: 'A cited decision is not declared in any catalogue of the workspace.',
            message: 'Decision {id} is not declared in any catalogue of the workspace.'
        },
        'legacy-decision-id': {
            rule: 'A decision number is written in the legacy form NN/YYYY.',
            message: '{id} is the legacy form of decision {canonical}; write {canonical}.'
        },
        'invalid-decision-id': {
            rule: 'A decision number is neither YYYY/NN nor the legacy NN/YYYY.',
            message: '{id} is not a decision number: write it as YYYY/NN, for example 2023/42.'
        },
        'duplicate-decision': {
            rule: 'A decision is declared more than once in the workspace.',
            message: 'Decision {id} is declared more than once in the workspace (also in {other}).'
        },
        'decision-date-mismatch': {
            rule: "A decision's date lies in another year than its number says.",
            message: 'Decision {id} is numbered for {year}, but its date is {date}.'
        },
        'decision-by-non-body': {
            rule: 'A decision is attributed to an actor that is not a body.',
            message: '{actor} is declared as an actor, not a body; only bodies take decisions.'
        },
        'duplicate-citation': {
            rule: 'One citation names the same decision twice.',
            message: 'Decision {id} is already named in this citation.'
        },
        'duplicate-id': {
            rule: 'Two elements in the same scope have the same identifier.',
            message: '{kind} "{name}" is declared more than once (also in line {line}).',
            variants: {
                workspace: '{kind} "{name}" is declared more than once in the workspace (also in {other}).',
                otherKind:
                    '{kind} "{name}" has the name of {otherKind} "{name}" in line {line}: ' +
                    'the elements of one block share one namespace.'
            }
        },
        'duplicate-property': {
            rule: 'An entry that may appear once appears twice in a block.',
            message: '"{property}" is already given in this block; only the last one would count.'
        },
        'unresolved-reference': {
            rule: 'A reference names nothing that is declared.',
            message: 'Cannot find {kind} "{name}".',
            variants: {
                didYouMean: 'Cannot find {kind} "{name}"; did you mean "{suggestion}"?',
                wrongKind: '{keyword} takes the name of a {kind}, but "{name}" is a {found}.'
            }
        },
        'invalid-escape': {
            rule: 'A backslash in a text starts none of the escapes \\" and \\\\.',
            message: '{sequence} is not an escape (those are \\" and \\\\): write \\\\ for a backslash.'
        },
        'control-character': {
            rule: 'A text contains a control character.',
            message: 'The text contains the control character {character}; remove it.'
        },
        'empty-title': { rule: 'A title or label is empty.', message: 'The title must not be empty.' },
        'unsafe-url': {
            rule: 'A link is not an http, https or mailto address.',
            message: '"{url}" is not an http:, https: or mailto: address.'
        },
        'invalid-date': {
            rule: 'A date does not exist in the calendar.',
            message: '{date} is not a valid date (YYYY, YYYY-MM or YYYY-MM-DD).'
        },
        'part-of-cycle': {
            rule: 'Strategies are part of each other in a cycle.',
            message: 'Strategy {name} is part of itself: {cycle}.'
        },
        'horizon-before-as-of': {
            rule: "A strategy's horizon lies before its as-of date.",
            message: 'The horizon {horizon} lies before the as-of date {asOf}.'
        },
        'adopted-without-decision': {
            rule: 'An adopted strategy names no decision that adopted it.',
            message: 'Strategy {name} is adopted but names no decision (adopted-by).'
        },
        'refines-cycle': {
            rule: 'Goals refine each other in a cycle.',
            message: 'Goal {name} refines itself: {cycle}.'
        },
        'contributes-cycle': {
            rule: 'Goals contribute to each other in a cycle.',
            message: 'Goal {name} contributes to itself: {cycle}.'
        },
        'contributes-to-own-strategy': {
            rule: 'A goal contributes to a goal of its own strategy.',
            message: 'Goal {target} is in the same strategy; use refines for goals of one strategy.'
        },
        'goal-without-level': {
            rule: 'A strategy declares levels, but a goal names none.',
            message: 'Goal {name} has no level, although the strategy declares levels.'
        },
        'value-not-in-scale': {
            rule: 'A rating uses a value that its scale does not declare.',
            message: '"{value}" is not a value of scale {scale} ({values}).'
        },
        'assessment-outside-horizon': {
            rule: "An assessment or outlook lies after the strategy's horizon.",
            message: '{year} lies after the horizon {horizon} of the strategy.'
        },
        'assessment-after-as-of': {
            rule: "An actual assessment lies after the strategy's as-of date.",
            message: 'The assessment of {year} lies after the as-of date {asOf}; a later year is an outlook.'
        },
        'outlook-before-assessment': {
            rule: 'An outlook is not later than the latest actual assessment.',
            message: 'The outlook for {year} is not later than the assessment of {latest}.'
        },
        'duplicate-assessment-year': {
            rule: 'A goal has two assessments or outlooks for one year.',
            message: 'Goal {goal} already has an assessment or outlook for {year}.'
        },
        'duplicate-rating': {
            rule: 'An assessment rates on the same scale twice.',
            message: 'Scale {scale} is already rated in this assessment.'
        },
        'assessment-without-rating': {
            rule: 'An assessment has no rating.',
            message:
                'The assessment of {year} rates nothing; write "status not-recorded" where the source gives no rating.'
        },
        'assessments-out-of-order': {
            rule: 'Assessments and outlooks are not in chronological order.',
            message: '{year} comes after {previous}; list assessments and outlooks by year.'
        },
        'scale-too-small': {
            rule: 'A scale has fewer than two values.',
            message: 'Scale {name} needs at least two values.'
        },
        'invalid-color': {
            rule: 'A colour is not a hex colour.',
            message: '"{color}" is not a colour; write #rgb or #rrggbb.'
        },
        'measure-without-goal': {
            rule: 'A measure addresses no goal, although its strategy has goals.',
            message: 'Measure {name} addresses no goal.'
        },
        'milestones-out-of-order': {
            rule: 'Milestones are not in chronological order.',
            message: 'Milestone {date} comes after {previous}; list milestones by date.'
        },
        'indicator-without-unit': {
            rule: 'An indicator has no unit.',
            message: 'Indicator {name} has no unit.'
        },
        'target-contradicts-direction': {
            rule: "An indicator's target is worse than its baseline.",
            message: 'The target {target} is worse than the baseline {baseline}, since {direction}.'
        },
        'measurements-out-of-order': {
            rule: 'Measured values are not in chronological order.',
            message: 'The value measured at {date} comes after {previous}; list measured values by date.'
        }
    },
    de: {
        'syntax-error': {
            rule: 'Der Text folgt nicht der Grammatik von .strat.',
            message: 'Syntaxfehler: {detail}'
        },
        'unresolved-decision': {
            rule: 'Ein zitierter Beschluss ist in keinem Katalog des Arbeitsbereichs deklariert.',
            message: 'Beschluss {id} ist in keinem Katalog des Arbeitsbereichs deklariert.'
        },
        'legacy-decision-id': {
            rule: 'Eine Beschlussnummer steht in der alten Form NN/JJJJ.',
            message: '{id} ist die alte Schreibweise von Beschluss {canonical}; schreiben Sie {canonical}.'
        },
        'invalid-decision-id': {
            rule: 'Eine Beschlussnummer hat weder die Form JJJJ/NN noch die alte Form NN/JJJJ.',
            message: '{id} ist keine Beschlussnummer: schreiben Sie JJJJ/NN, zum Beispiel 2023/42.'
        },
        'duplicate-decision': {
            rule: 'Ein Beschluss ist im Arbeitsbereich mehrfach deklariert.',
            message: 'Beschluss {id} ist im Arbeitsbereich mehrfach deklariert (auch in {other}).'
        },
        'decision-date-mismatch': {
            rule: 'Das Datum eines Beschlusses liegt in einem anderen Jahr als seine Nummer.',
            message: 'Beschluss {id} trägt die Jahreszahl {year}, sein Datum ist aber {date}.'
        },
        'decision-by-non-body': {
            rule: 'Ein Beschluss wird einem Akteur zugeschrieben, der kein Gremium ist.',
            message: '{actor} ist als Akteur deklariert, nicht als Gremium; nur Gremien fassen Beschlüsse.'
        },
        'duplicate-citation': {
            rule: 'Ein Zitat nennt denselben Beschluss zweimal.',
            message: 'Beschluss {id} wird in diesem Zitat bereits genannt.'
        },
        'duplicate-id': {
            rule: 'Zwei Elemente im selben Bereich haben denselben Bezeichner.',
            message: '{kind} „{name}“ ist mehrfach deklariert (auch in Zeile {line}).',
            variants: {
                workspace: '{kind} „{name}“ ist im Arbeitsbereich mehrfach deklariert (auch in {other}).',
                otherKind:
                    '{kind} „{name}“ trägt den Namen von {otherKind} „{name}“ in Zeile {line}: ' +
                    'die Elemente eines Blocks teilen sich einen Namensraum.'
            }
        },
        'duplicate-property': {
            rule: 'Ein Eintrag, der einmal vorkommen darf, steht zweimal in einem Block.',
            message:
                '„{property}“ ist in diesem Block bereits angegeben; nur der letzte Eintrag würde zählen.'
        },
        'unresolved-reference': {
            rule: 'Ein Verweis nennt nichts Deklariertes.',
            message: '{kind} „{name}“ nicht gefunden.',
            variants: {
                didYouMean: '{kind} „{name}“ nicht gefunden; meinten Sie „{suggestion}“?',
                wrongKind:
                    '{keyword} verlangt den Namen eines Elements vom Typ {kind}, „{name}“ ist aber vom Typ {found}.'
            }
        },
        'invalid-escape': {
            rule: 'Ein Backslash in einem Text beginnt keine der Escape-Sequenzen \\" und \\\\.',
            message:
                '{sequence} ist keine Escape-Sequenz (das sind \\" und \\\\): ' +
                'schreiben Sie \\\\ für einen Backslash.'
        },
        'control-character': {
            rule: 'Ein Text enthält ein Steuerzeichen.',
            message: 'Der Text enthält das Steuerzeichen {character}; entfernen Sie es.'
        },
        'empty-title': {
            rule: 'Ein Titel oder eine Bezeichnung ist leer.',
            message: 'Der Titel darf nicht leer sein.'
        },
        'unsafe-url': {
            rule: 'Ein Link ist keine http-, https- oder mailto-Adresse.',
            message: '„{url}“ ist keine http:-, https:- oder mailto:-Adresse.'
        },
        'invalid-date': {
            rule: 'Ein Datum existiert im Kalender nicht.',
            message: '{date} ist kein gültiges Datum (JJJJ, JJJJ-MM oder JJJJ-MM-TT).'
        },
        'part-of-cycle': {
            rule: 'Strategien sind zyklisch Teil voneinander.',
            message: 'Strategie {name} ist Teil von sich selbst: {cycle}.'
        },
        'horizon-before-as-of': {
            rule: 'Der Zieltermin einer Strategie liegt vor ihrem Stand.',
            message: 'Der Zieltermin {horizon} liegt vor dem Stand {asOf}.'
        },
        'adopted-without-decision': {
            rule: 'Eine beschlossene Strategie nennt keinen beschließenden Beschluss.',
            message: 'Strategie {name} ist beschlossen, nennt aber keinen Beschluss (adopted-by).'
        },
        'refines-cycle': {
            rule: 'Ziele verfeinern sich zyklisch.',
            message: 'Ziel {name} verfeinert sich selbst: {cycle}.'
        },
        'contributes-cycle': {
            rule: 'Ziele tragen zyklisch zueinander bei.',
            message: 'Ziel {name} trägt zu sich selbst bei: {cycle}.'
        },
        'contributes-to-own-strategy': {
            rule: 'Ein Ziel trägt zu einem Ziel der eigenen Strategie bei.',
            message:
                'Ziel {target} gehört zur selben Strategie; nutzen Sie refines für Ziele einer Strategie.'
        },
        'goal-without-level': {
            rule: 'Die Strategie deklariert Ebenen, ein Ziel nennt aber keine.',
            message: 'Ziel {name} hat keine Strategieebene, obwohl die Strategie Ebenen deklariert.'
        },
        'value-not-in-scale': {
            rule: 'Eine Bewertung nutzt einen Wert, den ihre Skala nicht deklariert.',
            message: '„{value}“ ist kein Wert der Skala {scale} ({values}).'
        },
        'assessment-outside-horizon': {
            rule: 'Eine Bewertung oder ein Ausblick liegt nach dem Zieltermin der Strategie.',
            message: '{year} liegt nach dem Zieltermin {horizon} der Strategie.'
        },
        'assessment-after-as-of': {
            rule: 'Eine Ist-Bewertung liegt nach dem Stand der Strategie.',
            message: 'Die Bewertung {year} liegt nach dem Stand {asOf}; ein späteres Jahr ist ein Ausblick.'
        },
        'outlook-before-assessment': {
            rule: 'Ein Ausblick liegt nicht nach der letzten Ist-Bewertung.',
            message: 'Der Ausblick {year} liegt nicht nach der Bewertung {latest}.'
        },
        'duplicate-assessment-year': {
            rule: 'Ein Ziel hat zwei Bewertungen oder Ausblicke für ein Jahr.',
            message: 'Ziel {goal} hat für {year} bereits eine Bewertung oder einen Ausblick.'
        },
        'duplicate-rating': {
            rule: 'Eine Bewertung bewertet zweimal auf derselben Skala.',
            message: 'Die Skala {scale} ist in dieser Bewertung bereits bewertet.'
        },
        'assessment-without-rating': {
            rule: 'Eine Bewertung enthält keine Einstufung.',
            message:
                'Die Bewertung {year} stuft nichts ein; schreiben Sie „status not-recorded“, wo die Quelle keine Einstufung nennt.'
        },
        'assessments-out-of-order': {
            rule: 'Bewertungen und Ausblicke stehen nicht in zeitlicher Reihenfolge.',
            message: '{year} steht nach {previous}; ordnen Sie Bewertungen und Ausblicke nach Jahr.'
        },
        'scale-too-small': {
            rule: 'Eine Skala hat weniger als zwei Werte.',
            message: 'Die Skala {name} braucht mindestens zwei Werte.'
        },
        'invalid-color': {
            rule: 'Eine Farbe ist keine Hex-Farbe.',
            message: '„{color}“ ist keine Farbe; schreiben Sie #rgb oder #rrggbb.'
        },
        'measure-without-goal': {
            rule: 'Eine Maßnahme adressiert kein Ziel, obwohl ihre Strategie Ziele hat.',
            message: 'Maßnahme {name} adressiert kein Ziel.'
        },
        'milestones-out-of-order': {
            rule: 'Meilensteine stehen nicht in zeitlicher Reihenfolge.',
            message: 'Meilenstein {date} steht nach {previous}; ordnen Sie Meilensteine nach Datum.'
        },
        'indicator-without-unit': {
            rule: 'Eine Kennzahl hat keine Einheit.',
            message: 'Kennzahl {name} hat keine Einheit.'
        },
        'target-contradicts-direction': {
            rule: 'Der Zielwert einer Kennzahl ist schlechter als ihr Ausgangswert.',
            message: 'Der Zielwert {target} ist schlechter als der Ausgangswert {baseline}, denn {direction}.'
        },
        'measurements-out-of-order': {
            rule: 'Messwerte stehen nicht in zeitlicher Reihenfolge.',
            message: 'Der Messwert vom {date} steht nach {previous}; ordnen Sie Messwerte nach Datum.'
        }
    }
};
