package io.agritrace.core.credit;

import java.util.Locale;

import io.agritrace.core.credit.CreditPolicy.Indicator;

/**
 * What a credit indicator is called and how it is computed, in the language
 * asked for: the CLI and the workbench say the same.
 */
public final class IndicatorText {

	private IndicatorText() {
	}

	public static String name(Indicator indicator, Locale language) {
		return switch (indicator) {
		case COMPLETENESS -> Texts.Indicator_completeness.text(language);
		case TIMELINESS -> Texts.Indicator_timeliness.text(language);
		case INSPECTIONS -> Texts.Indicator_inspections.text(language);
		case COLD_CHAIN -> Texts.Indicator_cold_chain.text(language);
		case CORRECTIONS -> Texts.Indicator_corrections.text(language);
		case INTEGRITY -> Texts.Indicator_integrity.text(language);
		};
	}

	public static String formula(Indicator indicator, CreditPolicy policy, Locale language) {
		return switch (indicator) {
		case COMPLETENESS -> Texts.Formula_completeness.text(language);
		case TIMELINESS -> Texts.Formula_timeliness.text(language, policy.lateHours());
		case INSPECTIONS -> Texts.Formula_inspections.text(language);
		case COLD_CHAIN -> Texts.Formula_cold_chain.text(language);
		case CORRECTIONS -> Texts.Formula_corrections.text(language, CreditPolicy.CORRECTIONS_CEILING);
		case INTEGRITY -> Texts.Formula_integrity.text(language);
		};
	}

	/** How the score and grade follow from the indicators, and how many records were left out. */
	public static String score(CreditPolicy policy, long unverified, Locale language) {
		return Texts.Formula_score.text(language, policy.gradeA(), policy.gradeB(), policy.gradeC(), unverified);
	}

	/**
	 * The indicator's value as shown: a percentage, per 100 records, or a
	 * count; when nothing was there to count, what was missing ("no shipments
	 * measured"), since the score leaves it out.
	 */
	public static String value(CreditProfile.Score s, Locale language) {
		if (!s.applicable()) {
			return switch (s.indicator()) {
			case COLD_CHAIN -> Texts.Value_noShipments.text(language);
			case INSPECTIONS -> Texts.Value_noInspections.text(language);
			default -> Texts.Value_noRecords.text(language);
			};
		}
		return switch (s.indicator()) {
		case CORRECTIONS -> String.format("%.1f / 100", s.value()); //$NON-NLS-1$
		case INTEGRITY -> Long.toString(s.numerator());
		default -> String.format("%.1f %%", 100 * s.value()); //$NON-NLS-1$
		};
	}

	/** A stage's name ({@link EventFacts.Stage}, as the store keeps it) in NY/T 4712-2025's words. */
	public static String stage(String stage, Locale language) {
		return switch (EventFacts.Stage.valueOf(stage)) {
		case PRODUCTION -> Texts.Stage_production.text(language);
		case PURCHASE -> Texts.Stage_purchase.text(language);
		case STORAGE -> Texts.Stage_storage.text(language);
		case TRANSPORT -> Texts.Stage_transport.text(language);
		case PROCESSING -> Texts.Stage_processing.text(language);
		case INSPECTION -> Texts.Stage_inspection.text(language);
		case RETAIL -> Texts.Stage_retail.text(language);
		case OTHER -> Texts.Stage_other.text(language);
		};
	}

	public static String grade(CreditProfile profile, Locale language) {
		return profile.grade() == null ? Texts.Grade_none.text(language) : profile.grade().name();
	}
}
