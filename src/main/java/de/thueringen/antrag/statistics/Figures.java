package de.thueringen.antrag.statistics;

/**
 * The figures of one authority, one service or a sum of them.
 *
 * @param received          applications received in the period
 * @param approved          decided in the period: approved (GENEHMIGT)
 * @param rejected          decided in the period: rejected (ABGELEHNT)
 * @param discontinued      decided in the period: discontinued (EINGESTELLT)
 * @param decided           the three together
 * @param open              cases not closed now
 * @param overdueTasks      open tasks whose due date has passed, now
 * @param medianDays        median time from submission to closing of the cases closed in the period, in days
 *                          (one decimal); null without closed cases
 * @param closedCases       how many closed cases the median is taken over
 */
public record Figures(long received, long approved, long rejected, long discontinued, long decided, long open,
                      long overdueTasks, Double medianDays, long closedCases) {
}
