package io.agritrace.core.credit;

import org.eclipse.osgi.util.NLS;

import io.agritrace.core.credit.CreditPolicy.Indicator;

/** What a credit indicator is called and how it is computed, in the user's language: the CLI and the workbench say the same. */
public final class IndicatorText {

	private IndicatorText() {
	}

	public static String name(Indicator indicator) {
		return switch (indicator) {
		case COMPLETENESS -> Messages.Indicator_completeness;
		case TIMELINESS -> Messages.Indicator_timeliness;
		case INSPECTIONS -> Messages.Indicator_inspections;
		case COLD_CHAIN -> Messages.Indicator_cold_chain;
		case CORRECTIONS -> Messages.Indicator_corrections;
		case INTEGRITY -> Messages.Indicator_integrity;
		};
	}

	public static String formula(Indicator indicator, CreditPolicy policy) {
		return switch (indicator) {
		case COMPLETENESS -> Messages.Formula_completeness;
		case TIMELINESS -> NLS.bind(Messages.Formula_timeliness, policy.lateHours());
		case INSPECTIONS -> Messages.Formula_inspections;
		case COLD_CHAIN -> Messages.Formula_cold_chain;
		case CORRECTIONS -> NLS.bind(Messages.Formula_corrections, CreditPolicy.CORRECTIONS_CEILING);
		case INTEGRITY -> Messages.Formula_integrity;
		};
	}

	/** How the score and grade follow from the indicators, and how many records were left out. */
	public static String score(CreditPolicy policy, long unverified) {
		return NLS.bind(Messages.Formula_score, new Object[] { policy.gradeA(), policy.gradeB(), policy.gradeC(), unverified });
	}

	/** The indicator's value as shown: a percentage, per 100 records, or a count. */
	public static String value(CreditProfile.Score s) {
		if (!s.applicable()) {
			return "–"; //$NON-NLS-1$
		}
		return switch (s.indicator()) {
		case CORRECTIONS -> String.format("%.1f / 100", s.value()); //$NON-NLS-1$
		case INTEGRITY -> Long.toString(s.numerator());
		default -> String.format("%.1f %%", 100 * s.value()); //$NON-NLS-1$
		};
	}

	/** A stage's name ({@link EventFacts.Stage}, as the store keeps it) in NY/T 4712-2025's words. */
	public static String stage(String stage) {
		return switch (EventFacts.Stage.valueOf(stage)) {
		case PRODUCTION -> Messages.Stage_production;
		case PURCHASE -> Messages.Stage_purchase;
		case STORAGE -> Messages.Stage_storage;
		case TRANSPORT -> Messages.Stage_transport;
		case PROCESSING -> Messages.Stage_processing;
		case INSPECTION -> Messages.Stage_inspection;
		case RETAIL -> Messages.Stage_retail;
		case OTHER -> Messages.Stage_other;
		};
	}

	public static String grade(CreditProfile profile) {
		return profile.grade() == null ? Messages.Grade_none : profile.grade().name();
	}
}
