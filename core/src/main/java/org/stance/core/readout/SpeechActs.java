package org.stance.core.readout;

import java.util.Set;
import java.util.regex.Pattern;

/** Verbs that report what someone said or conveyed, shared by segmentation and context detection. */
final class SpeechActs {
    private SpeechActs() {
    }

    static final Set<String> PAST = Set.of("urged", "called", "expressed", "condemned", "offered", "pressed", "reiterated",
            "reaffirmed", "stressed", "emphasized", "emphasised", "underscored", "underlined", "welcomed", "appealed",
            "demanded", "noted", "voiced", "conveyed", "asked", "encouraged", "warned", "said", "added", "extended",
            "praised", "thanked", "denounced", "deplored", "accused", "blamed", "held", "told", "discussed", "agreed",
            "highlighted", "raised", "pledged", "committed", "insisted", "rejected", "regretted", "lamented", "mourned",
            "decried", "criticized", "criticised", "sent", "paid", "assured", "affirmed", "commended", "announced",
            "proposed", "sought", "described", "declared", "cautioned", "hailed", "signaled", "signalled", "recalled",
            "renewed", "repeated", "requested", "invited", "backed", "supported", "endorsed", "shared", "explained",
            "outlined", "promised", "vowed", "reiterates", "urges", "calls", "expresses", "condemns", "welcomes",
            "stresses", "reaffirms", "offers", "extends", "notes", "demands", "appeals", "denounces", "deplores",
            "underscores", "emphasizes", "emphasises", "says", "warns", "encourages", "commends", "regrets", "rejects", "implored", "exhorted", "admonished", "protested", "objected", "charged", "faulted", "slammed",
            "labelled", "labeled", "branded", "characterized", "characterised", "conveys", "mourns", "grieves",
            "grieved", "sympathized", "sympathised", "congratulated", "applauded", "acknowledged", "confirmed",
            "informed", "briefed", "reviewed", "touched", "spoke", "talked", "met", "remarked", "observed", "argued", "maintained",
            "contended", "advised", "clarified", "exchanged", "wished", "hoped", "suggested", "recommended", "restated");

    static final Set<String> PARTICIPLE = Set.of("urging", "calling", "pressing", "expressing", "offering", "condemning",
            "stressing", "reiterating", "reaffirming", "appealing", "demanding", "encouraging", "welcoming", "warning",
            "extending", "adding", "noting", "emphasizing", "emphasising", "underscoring", "conveying", "voicing",
            "denouncing", "deploring", "asking", "insisting", "pledging", "praising", "thanking", "accusing", "blaming",
            "holding", "rejecting", "lamenting", "mourning", "decrying", "criticizing", "criticising", "assuring");

    /** Verbs that only report that a call or meeting took place. */
    static final Set<String> FRAME_ONLY = Set.of("spoke", "talked", "met", "held", "hosted", "received", "visited",
            "phoned", "telephoned", "convened", "joined", "attended", "traveled", "travelled", "had");

    static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’\\-]*");
}
