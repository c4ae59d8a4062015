package io.perfagent.benchmarks.report;

/**
 * One line of the targets table: what was promised, the limit computed from this run's floor, what was measured and
 * whether it held. A target whose inputs are missing is neither passed nor failed but "not measured".
 */
record Target(String name, String limit, String measured, Verdict verdict, String note) {

    enum Verdict { PASS, FAIL, NOT_MEASURED }

    static Target check(String name, double limit, double measured, String unit, String note) {
        if (Double.isNaN(limit) || Double.isNaN(measured)) {
            return new Target(name, Fmt.num(limit) + " " + unit, Fmt.num(measured) + " " + unit,
                    Verdict.NOT_MEASURED, note);
        }
        return new Target(name, "≤ " + Fmt.num(limit) + " " + unit, Fmt.num(measured) + " " + unit,
                measured <= limit ? Verdict.PASS : Verdict.FAIL, note);
    }

    String verdictText() {
        return switch (verdict) {
            case PASS -> "**pass**";
            case FAIL -> "**FAIL**";
            case NOT_MEASURED -> "not measured";
        };
    }
}
