package io.agritrace.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.agritrace.core.credit.CreditPolicy;
import io.agritrace.core.credit.CreditProfile;
import io.agritrace.core.credit.IndicatorText;
import io.agritrace.core.model.Party;
import io.agritrace.service.CreditReports;
import io.agritrace.service.CreditSettings;
import io.agritrace.service.Exports;
import io.agritrace.store.TraceStore;

/**
 * {@code credit [PARTY] [--json]}: every organisation's credit grade, best
 * first; or one organisation's profile (by GLN, USCC or URI): each indicator
 * with its formula and counts, the score, the grade and its months. Only
 * records that verify on chain count (see {@code verify --all}); the policy
 * is the one the workbench saved in the workspace ({@link CreditSettings}), else the defaults.
 */
final class CreditCommand implements CliCommand {

	private static final String JSON = "--json"; //$NON-NLS-1$

	@Override
	public String name() {
		return "credit"; //$NON-NLS-1$
	}

	@Override
	public String summary(Locale language) {
		return Texts.Credit_summary.text(language);
	}

	@Override
	public int run(List<String> arguments, CliContext context) {
		boolean one = arguments.stream().anyMatch(a -> !a.startsWith("--")); //$NON-NLS-1$
		Arguments args = new Arguments(name(), arguments, Set.of(JSON), Set.of(), one ? 1 : 0);
		CreditPolicy policy = CreditSettings.policy();
		try (TraceStore store = context.openStore()) {
			CreditReports credit = new CreditReports(store);
			if (!one) {
				ranking(credit.ranking(policy), args.flag(JSON), new Exports(store), context);
				return CliContext.OK;
			}
			String key = args.positional(0);
			Party party = credit.party(key)
					.orElseThrow(() -> new Arguments.UsageException(Texts.Credit_unknownParty.with(key.strip())));
			CreditReports.Report report = credit.report(party, policy);
			if (args.flag(JSON)) {
				context.out().println(new Exports(store).creditJson(report));
			} else {
				profile(report, policy, context);
			}
		}
		return CliContext.OK;
	}

	private static void ranking(List<CreditReports.Ranked> ranking, boolean json, Exports exports, CliContext context) {
		if (json) {
			context.out().println(exports.creditJson(ranking.stream().map(CreditReports.Ranked::profile).toList()));
			return;
		}
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of(Texts.Credit_header.text(context.language()).split("\t"))); //$NON-NLS-1$
		for (int i = 0; i < ranking.size(); i++) {
			CreditProfile p = ranking.get(i).profile();
			rows.add(List.of(Integer.toString(i + 1), grade(p), score(p), Long.toString(p.counts().verified()),
					Long.toString(p.counts().unverified()), ranking.get(i).party().name(context.language())));
		}
		Columns.tabbed(rows).forEach(context.out()::println);
	}

	private static void profile(CreditReports.Report report, CreditPolicy policy, CliContext context) {
		CreditProfile profile = report.profile();
		context.out().println(Texts.Credit_title.text(context.language(), report.party().name(context.language()),
				IndicatorText.grade(profile, context.language())
						+ (profile.score() == null ? "" : " (" + profile.score() + ")"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Columns.tabbed(profile.indicators().stream().map(s -> List.of(IndicatorText.name(s.indicator(), context.language()),
				IndicatorText.value(s, context.language()), s.numerator() + "/" + s.denominator(), //$NON-NLS-1$
				Texts.Credit_weight.text(context.language(), s.weight()),
				IndicatorText.formula(s.indicator(), policy, context.language()))).toList()).forEach(context.out()::println);
		context.out().println(IndicatorText.score(policy, profile.counts().unverified(), context.language()));
		Columns.tabbed(report.months().entrySet().stream().map(m -> List.of(m.getKey().toString(), grade(m.getValue()),
				score(m.getValue()), Long.toString(m.getValue().counts().verified()))).toList()).forEach(context.out()::println);
	}

	private static String grade(CreditProfile p) {
		return p.grade() == null ? "-" : p.grade().name(); //$NON-NLS-1$
	}

	private static String score(CreditProfile p) {
		return p.score() == null ? "-" : p.score().toString(); //$NON-NLS-1$
	}
}
