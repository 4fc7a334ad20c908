package io.agritrace.core.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.agritrace.core.model.ValidationException;

/** Reads and writes RFC 4180 CSV: comma-separated, double quotes around fields that need them. */
final class CsvRows {

	/** Written first, so that spreadsheet programs read the file as UTF-8 and show Chinese. */
	static final char BOM = '\uFEFF';

	private CsvRows() {
	}

	/** The fields of the next record, or null at the end. */
	static List<String> next(BufferedReader in) throws IOException {
		String line = in.readLine();
		if (line == null) {
			return null;
		}
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		while (true) {
			for (int i = 0; i < line.length(); i++) {
				char c = line.charAt(i);
				if (quoted) {
					if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
						field.append('"');
						i++;
					} else if (c == '"') {
						quoted = false;
					} else {
						field.append(c);
					}
				} else if (c == '"') {
					quoted = true;
				} else if (c == ',') {
					fields.add(field.toString().strip());
					field.setLength(0);
				} else {
					field.append(c);
				}
			}
			if (!quoted) {
				break;
			}
			String more = in.readLine(); // a quoted field that spans lines
			if (more == null) {
				break;
			}
			field.append('\n');
			line = more;
		}
		fields.add(field.toString().strip());
		return fields;
	}

	/** What is made of one record: its line and its fields by the header's names. */
	@FunctionalInterface
	interface RecordReader {
		/** @throws ValidationException naming the field and the rule a record breaks */
		void read(int line, Map<String, String> row);
	}

	/**
	 * Hands each record after the header to {@code each}, its fields named by the
	 * header's, leaving out blank lines; a record it refuses goes to {@code errors}
	 * with its line, and the next is read.
	 */
	static void records(BufferedReader in, List<String> header, List<RowError> errors, RecordReader each) throws IOException {
		int line = 1;
		for (List<String> fields = next(in); fields != null; fields = next(in)) {
			line++;
			if (fields.size() == 1 && fields.get(0).isEmpty()) {
				continue;
			}
			Map<String, String> row = new HashMap<>();
			for (int i = 0; i < header.size() && i < fields.size(); i++) {
				row.put(header.get(i), fields.get(i));
			}
			try {
				each.read(line, row);
			} catch (ValidationException e) {
				errors.add(new RowError(line, e.message()));
			}
		}
	}

	/** One record, CRLF-terminated. */
	static void write(Writer out, List<String> fields) throws IOException {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				out.write(',');
			}
			out.write(quoted(fields.get(i)));
		}
		out.write("\r\n"); //$NON-NLS-1$
	}

	/** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
	static String quoted(String field) {
		if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
			return field;
		}
		return '"' + field.replace("\"", "\"\"") + '"'; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
