package org.stance.core.readout;

/**
 * Which rule of the annotation guide gave a party to a statement. The learned attributor reads
 * these as evidence and weighs them against each other instead of taking the first that fires.
 */
public enum AttributionCue {
    /** "between X and Y" */
    BETWEEN,
    /** the object of a demand, warning or address: "urged Pakistan to" */
    DEMAND,
    /** "X must ...", "X should ..." */
    MODAL_DEMAND,
    /** "hoped X would ..." */
    HOPE,
    /** "X bears responsibility" */
    ACCUSED_SUBJECT,
    /** "X's strikes" */
    ACCUSED_POSSESSIVE,
    /** "attacks by X" */
    ACCUSED_BY,
    /** the object of a condemnation or accusation, victims and places left out */
    ACCUSED,
    /** "sorrow to X", "To X, ..." */
    TO_ADDRESSEE,
    /** "..., and to refrain from ...": the second half of a demand */
    CONTINUES,
    /** "Iran and Pakistan are both ...": parties named together */
    CONJOINED,
    /** "urged both sides": the parties of the readout's conflict */
    BOTH_SIDES,
    /** "said X had forfeited ...": an assessment about a named party */
    ASSESSMENT,
    /** no cue: the party of the call being described */
    CALL,
    /** no cue and no call: a state or armed group the statement names */
    NAMED,
    /** no cue and no call: a demonym, capital or place the statement names */
    NAMED_WEAK,
    /** nothing named and no call: the party the readout is about */
    DOMINANT,
    /** "the authorities", "the families", unnamed: the state the readout names most */
    MAIN_STATE
}
