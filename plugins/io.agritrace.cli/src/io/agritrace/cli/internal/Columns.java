package io.agritrace.cli.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Text padded to line up in a terminal, where a Chinese character (and any
 * other East Asian wide or fullwidth one) takes two columns, not one.
 */
final class Columns {

	private Columns() {
	}

	/** How many terminal columns the text takes. */
	static int width(String text) {
		return text.codePoints().map(c -> wide(c) ? 2 : 1).sum();
	}

	/** The widest of the texts, in terminal columns. */
	static int widest(Collection<String> texts) {
		return texts.stream().mapToInt(Columns::width).max().orElse(0);
	}

	/** The rows as lines indented by two spaces, each cell but the last padded to its column's widest, two spaces apart. */
	static List<String> lines(List<List<String>> rows) {
		return join(rows, "  ", "  ").stream().map(String::stripTrailing).toList(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * The rows as tab-separated lines, each cell but the last padded to its column's widest before its tab: a program
	 * still splits them at the tabs (stripping the spaces), and a terminal's tab stops line the columns up.
	 */
	static List<String> tabbed(List<List<String>> rows) {
		return join(rows, "", "\t"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static List<String> join(List<List<String>> rows, String indent, String separator) {
		int[] widths = new int[rows.stream().mapToInt(List::size).max().orElse(0)];
		for (List<String> row : rows) {
			for (int i = 0; i < row.size(); i++) {
				widths[i] = Math.max(widths[i], width(row.get(i)));
			}
		}
		List<String> lines = new ArrayList<>();
		for (List<String> row : rows) {
			StringBuilder line = new StringBuilder(indent);
			for (int i = 0; i < row.size() - 1; i++) {
				line.append(pad(row.get(i), widths[i])).append(separator);
			}
			lines.add(line.append(row.get(row.size() - 1)).toString());
		}
		return lines;
	}

	/** The text followed by spaces up to {@code columns} terminal columns. */
	static String pad(String text, int columns) {
		return text + " ".repeat(Math.max(0, columns - width(text))); //$NON-NLS-1$
	}

	/** Unicode's East Asian Wide and Fullwidth ranges: Hangul Jamo, CJK, Hangul, fullwidth forms. */
	private static boolean wide(int c) {
		return c >= 0x1100 && c <= 0x115F || c >= 0x2E80 && c <= 0x303E || c >= 0x3041 && c <= 0x33FF
				|| c >= 0x3400 && c <= 0x4DBF || c >= 0x4E00 && c <= 0x9FFF || c >= 0xA000 && c <= 0xA4CF
				|| c >= 0xAC00 && c <= 0xD7A3 || c >= 0xF900 && c <= 0xFAFF || c >= 0xFE30 && c <= 0xFE4F
				|| c >= 0xFF00 && c <= 0xFF60 || c >= 0xFFE0 && c <= 0xFFE6 || c >= 0x20000 && c <= 0x3FFFD;
	}
}
