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
            rule: 'A decision number is neither YYYY/NN, B-YYYY/NN-IT nor the legacy NN/YYYY.',
            message:
                '{id} is not a decision number: write it as YYYY/NN or B-YYYY/NN-IT, for example 2023/42 or B-2025/33-IT.'
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
        'repealed-decision-cited': {
            rule: 'A citation names a decision, or an item of one, that a later decision repealed.',
            message: '{cited} was repealed by decision {by} ({date}).'
        },
        'unknown-decision-item': {
            rule: 'A citation names an item that the decision, as the catalogue records it, does not have.',
            message: 'Decision {id} records no item {item}; its items are {items}.'
        },
        'amendment-cycle': {
            rule: 'Decisions amend or repeal each other in a cycle.',
            message: 'Decision {id} is changed by a decision that it changes itself: {cycle}.'
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
            rule: 'Strategies (or measures) are part of each other in a cycle.',
            message: '{kind} {name} is part of itself: {cycle}.'
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
        'rejection-without-rationale': {
            rule: 'A measure is rejected or advised against without a rationale.',
            message: 'Measure {name} is {status}: say why with `rationale "…"`.'
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
        },
        'duplicate-value': {
            rule: 'An indicator has two values of the same kind for the same date and group.',
            message: 'There is already a {kind} for {date} and group {group}.'
        },
        'range-reversed': {
            rule: 'The lower end of a range is greater than its upper end.',
            message: 'The range {lower} to {upper} is reversed: write the lower end first.'
        },
        'period-reversed': {
            rule: 'A period ends before it starts.',
            message: 'The period {start} to {end} ends before it starts.'
        },
        'qualifier-contradicts-direction': {
            rule: "A target's bound points away from the indicator's direction.",
            message: 'A target of "{qualifier}" contradicts the direction ({direction}).'
        },
        'value-without-date': {
            rule: 'A baseline, measured value or forecast has no date or period.',
            message: 'The {kind} needs a date (`at 2024`) or a period (`from 2024-03 to 2024-06`).'
        },
        'forecast-without-source': {
            rule: 'A forecast does not say whose projection it is.',
            message: 'A forecast needs its source: add `source <id>`.'
        },
        'group-without-dimension': {
            rule: 'A value names a group, but its indicator declares no dimension.',
            message: 'Group {group} needs a dimension: add `dimension <id>` to the indicator.'
        },
        'group-not-in-dimension': {
            rule: "A value's group does not belong to the indicator's dimension.",
            message: 'Group {group} is not in dimension {dimension} (groups: {groups}).'
        },
        'distribution-without-scale': {
            rule: 'An indicator gives shares but names no scale.',
            message: 'Indicator {indicator} gives shares: name their scale with `scale <id>`.'
        },
        'share-out-of-range': {
            rule: 'A share is below 0 or above 100 %.',
            message: 'A share of {percent} % is impossible: shares lie between 0 and 100 %.'
        },
        'duplicate-share': {
            rule: 'A distribution gives the share of one scale value twice.',
            message: 'The share of {value} is already given.'
        },
        'shares-do-not-add-up': {
            rule: 'The shares of a distribution do not add up to 100 % within their rounding.',
            message:
                'The shares add up to {sum} %, more than rounding explains (±{tolerance}); complete them or mark them `partial`.'
        },
        'citation-passage-not-found': {
            rule: 'A citation marks a passage (`at "…"`) that no text of its element contains.',
            message: 'No text of this element contains "{passage}", the passage the citation marks.'
        },
        'urgency-contradiction': {
            rule: 'An assessment says both `urgent` and `not-urgent`.',
            message:
                'The assessment of {year} says both `urgent` and `not-urgent`: keep the one the source states.'
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
            rule: 'Eine Beschlussnummer hat weder die Form JJJJ/NN, B-JJJJ/NN-IT noch die alte Form NN/JJJJ.',
            message:
                '{id} ist keine Beschlussnummer: schreiben Sie JJJJ/NN oder B-JJJJ/NN-IT, zum Beispiel 2023/42 oder B-2025/33-IT.'
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
        'repealed-decision-cited': {
            rule: 'Ein Zitat nennt einen Beschluss oder eine Ziffer, die ein späterer Beschluss aufgehoben hat.',
            message: '{cited} wurde durch Beschluss {by} ({date}) aufgehoben.'
        },
        'unknown-decision-item': {
            rule: 'Ein Zitat nennt eine Ziffer, die der Beschluss laut Katalog nicht hat.',
            message: 'Beschluss {id} hat keine Ziffer {item}; erfasst sind die Ziffern {items}.'
        },
        'amendment-cycle': {
            rule: 'Beschlüsse ändern oder heben einander im Kreis auf.',
            message: 'Beschluss {id} wird von einem Beschluss geändert, den er selbst ändert: {cycle}.'
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
            rule: 'Strategien (oder Maßnahmen) sind zyklisch Teil voneinander.',
            message: '{kind} {name} ist Teil von sich selbst: {cycle}.'
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
        'rejection-without-rationale': {
            rule: 'Eine Maßnahme ist abgelehnt oder nicht empfohlen, ohne Begründung.',
            message: 'Maßnahme {name} ist {status}: Begründung mit `rationale "…"` angeben.'
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
        },
        'duplicate-value': {
            rule: 'Eine Kennzahl hat zwei Werte derselben Art für dasselbe Datum und dieselbe Gruppe.',
            message: 'Für {date} und Gruppe {group} gibt es bereits einen {kind}.'
        },
        'range-reversed': {
            rule: 'Die untere Grenze einer Spanne ist größer als die obere.',
            message: 'Die Spanne {lower} bis {upper} ist vertauscht: die untere Grenze zuerst schreiben.'
        },
        'period-reversed': {
            rule: 'Ein Zeitraum endet vor seinem Beginn.',
            message: 'Der Zeitraum {start} bis {end} endet vor seinem Beginn.'
        },
        'qualifier-contradicts-direction': {
            rule: 'Die Schranke eines Zielwerts widerspricht der Richtung der Kennzahl.',
            message: 'Ein Zielwert „{qualifier}" widerspricht der Richtung ({direction}).'
        },
        'value-without-date': {
            rule: 'Ein Ausgangswert, Messwert oder eine Prognose hat weder Datum noch Zeitraum.',
            message:
                'Der {kind} braucht ein Datum (`at 2024`) oder einen Zeitraum (`from 2024-03 to 2024-06`).'
        },
        'forecast-without-source': {
            rule: 'Eine Prognose sagt nicht, wessen Vorausschätzung sie ist.',
            message: 'Eine Prognose braucht ihre Quelle: `source <id>` ergänzen.'
        },
        'group-without-dimension': {
            rule: 'Ein Wert nennt eine Gruppe, aber seine Kennzahl deklariert keine Dimension.',
            message: 'Gruppe {group} braucht eine Dimension: `dimension <id>` in der Kennzahl ergänzen.'
        },
        'group-not-in-dimension': {
            rule: 'Die Gruppe eines Werts gehört nicht zur Dimension der Kennzahl.',
            message: 'Gruppe {group} gehört nicht zur Dimension {dimension} (Gruppen: {groups}).'
        },
        'distribution-without-scale': {
            rule: 'Eine Kennzahl gibt Anteile an, nennt aber keine Skala.',
            message: 'Kennzahl {indicator} gibt Anteile an: ihre Skala mit `scale <id>` nennen.'
        },
        'share-out-of-range': {
            rule: 'Ein Anteil liegt unter 0 oder über 100 %.',
            message: 'Ein Anteil von {percent} % ist unmöglich: Anteile liegen zwischen 0 und 100 %.'
        },
        'duplicate-share': {
            rule: 'Eine Verteilung nennt den Anteil eines Skalenwerts zweimal.',
            message: 'Der Anteil von {value} ist bereits angegeben.'
        },
        'shares-do-not-add-up': {
            rule: 'Die Anteile einer Verteilung ergeben nicht 100 % im Rahmen ihrer Rundung.',
            message:
                'Die Anteile ergeben {sum} %, mehr als Rundung erklärt (±{tolerance}); vervollständigen oder als `partial` markieren.'
        },
        'citation-passage-not-found': {
            rule: 'Ein Beleg markiert eine Textstelle (`at "…"`), die in keinem Text seines Elements steht.',
            message: 'Kein Text dieses Elements enthält „{passage}“, die Stelle, die der Beleg markiert.'
        },
        'urgency-contradiction': {
            rule: 'Eine Bewertung sagt zugleich `urgent` und `not-urgent`.',
            message:
                'Die Bewertung {year} sagt zugleich `urgent` und `not-urgent`: die Angabe der Quelle behalten.'
        }
    }
};
