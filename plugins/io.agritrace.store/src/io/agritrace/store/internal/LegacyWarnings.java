package io.agritrace.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.agritrace.core.rules.RuleTexts;
import io.agritrace.core.text.Message;

/**
 * Turns the rule warnings stored before V20, sentences in whichever language
 * the importing process ran, into {@link StoredWarnings}: each sentence is
 * read as the rules' texts in English or Chinese, one after another (they were
 * joined with a space), and their arguments taken from where the texts' {n}
 * stand. A sentence that no sequence of rule texts matches is kept whole as a
 * legacy text, so that nothing is lost.
 */
final class LegacyWarnings {

	private static final int BATCH = 1_000;
	/** Stands in for an argument when a rule's text is turned into a pattern: no text holds it. */
	private static final char MARK = '\u0000';
	private static final int MAX_ARGUMENTS = 10;

	/** Each rule's text in both languages as a pattern whose groups are its arguments, {0} first. */
	private static final List<RulePattern> PATTERNS = rulePatterns();

	/** @param arguments how many arguments the text has */
	private record RulePattern(RuleTexts key, Pattern pattern, int arguments) {
	}

	private LegacyWarnings() {
	}

	static void convert(Connection c) throws SQLException {
		try (PreparedStatement read = c.prepareStatement("SELECT id, rule_warning FROM epcis_event " //$NON-NLS-1$
				+ "WHERE rule_warning IS NOT NULL"); //$NON-NLS-1$
				PreparedStatement write = c.prepareStatement("UPDATE epcis_event SET rule_warning = ? WHERE id = ?"); //$NON-NLS-1$
				ResultSet r = read.executeQuery()) {
			int queued = 0;
			while (r.next()) {
				write.setString(1, StoredWarnings.json(messages(r.getString(2))));
				write.setLong(2, r.getLong(1));
				write.addBatch();
				if (++queued % BATCH == 0) {
					write.executeBatch();
				}
			}
			write.executeBatch();
		}
	}

	/** The rules a stored sentence names, with their arguments; the sentence as a legacy text when it names none. */
	static List<Message> messages(String sentence) {
		List<Message> rules = rules(sentence, 0);
		return rules != null ? rules : List.of(StoredWarnings.legacy(sentence));
	}

	/** The rules from {@code start} to the end, each ending before a space or at the end; null when they do not fit. */
	private static List<Message> rules(String sentence, int start) {
		if (start == sentence.length()) {
			return new ArrayList<>();
		}
		for (int end = start + 1; end <= sentence.length(); end++) {
			if (end < sentence.length() && sentence.charAt(end) != ' ') {
				continue;
			}
			for (RulePattern rule : PATTERNS) {
				Matcher m = rule.pattern().matcher(sentence.substring(start, end));
				if (!m.matches()) {
					continue;
				}
				List<Message> rest = end == sentence.length() ? new ArrayList<>() : rules(sentence, end + 1);
				if (rest != null) {
					rest.add(0, rule.key().with(arguments(m, rule.arguments())));
					return rest;
				}
			}
		}
		return null;
	}

	/** The values of {0}, {1} … a matched text holds; "" for one it does not show. */
	private static Object[] arguments(Matcher m, int count) {
		Object[] values = new Object[count];
		for (int n = 0; n < count; n++) {
			values[n] = m.pattern().pattern().contains("(?<a" + n + '>') ? m.group("a" + n) : ""; //$NON-NLS-1$ //$NON-NLS-2$
		}
		return values;
	}

	private static List<RulePattern> rulePatterns() {
		Object[] marks = new Object[MAX_ARGUMENTS];
		for (int n = 0; n < marks.length; n++) {
			marks[n] = MARK + Integer.toString(n) + MARK;
		}
		List<RulePattern> patterns = new ArrayList<>();
		for (RuleTexts key : RuleTexts.values()) {
			if (key.name().startsWith("Field_")) { //$NON-NLS-1$
				continue; // a field's name, no sentence of its own
			}
			String english = key.text(Locale.ENGLISH, marks);
			String chinese = key.text(Locale.SIMPLIFIED_CHINESE, marks);
			patterns.add(pattern(key, english));
			patterns.add(pattern(key, chinese));
			// The texts of those days started with the event's field as a code, in Chinese too: "sourceList：".
			String code = fieldCode(key);
			int field = english.indexOf(": "); //$NON-NLS-1$
			int chineseField = chinese.indexOf('\uff1a');
			if (code != null && field > 0 && chineseField > 0) {
				patterns.add(pattern(key, code + english.substring(field)));
				patterns.add(pattern(key, code + chinese.substring(chineseField)));
			}
		}
		return patterns;
	}

	/** The field code a rule's text started with before it named the field in words (e.g. "quantityList"), or null. */
	private static String fieldCode(RuleTexts key) {
		return switch (key) {
		case Correction_didNotOccurWithCorrective, Correction_noCorrective, Correction_unchanged -> "correctiveEventIDs"; //$NON-NLS-1$
		case Correction_unknownReason -> "reason"; //$NON-NLS-1$
		case Rule_beforeItem, Rule_future -> "eventTime"; //$NON-NLS-1$
		case Rule_consumed, Rule_destroyed, Rule_unknownItem -> "item"; //$NON-NLS-1$
		case Rule_inOtherContainer -> "childEPCs"; //$NON-NLS-1$
		case Rule_moreThanHeld -> "quantityList"; //$NON-NLS-1$
		case Rule_notConserved, Rule_notMadeFrom -> "outputQuantityList"; //$NON-NLS-1$
		case Rule_notHolder -> "sourceList"; //$NON-NLS-1$
		case Rule_notMadeBy -> "bizStep"; //$NON-NLS-1$
		case Rule_unknownLocation -> "location"; //$NON-NLS-1$
		case Rule_unknownParty -> "party"; //$NON-NLS-1$
		case Rule_unknownProduct -> "product"; //$NON-NLS-1$
		case Rule_wrongDestination -> "bizLocation"; //$NON-NLS-1$
		default -> null; // the field's name is an argument, or a field has no sentence of its own
		};
	}

	/** The text with each argument's mark as a named group {@code a<n>} (a repeated argument repeats its value). */
	private static RulePattern pattern(RuleTexts key, String marked) {
		StringBuilder regex = new StringBuilder();
		int count = 0;
		String[] parts = marked.split(String.valueOf(MARK), -1);
		for (int i = 0; i < parts.length; i++) {
			if (i % 2 == 0) {
				regex.append(Pattern.quote(parts[i]));
				continue;
			}
			int argument = Integer.parseInt(parts[i]);
			String group = "a" + argument; //$NON-NLS-1$
			regex.append(regex.indexOf("(?<" + group + '>') < 0 ? "(?<" + group + ">.*?)" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					: "\\k<" + group + '>'); //$NON-NLS-1$
			count = Math.max(count, argument + 1);
		}
		return new RulePattern(key, Pattern.compile(regex.toString(), Pattern.DOTALL), count);
	}
}
