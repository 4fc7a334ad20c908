package io.agritrace.core.epcis.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.i18n.DefaultMessageSource;

import io.agritrace.core.epcis.EpcisFormatException;
import io.agritrace.core.model.DisplayLanguage;
import io.agritrace.core.text.Localized;

/**
 * GS1's EPCIS 2.0 JSON schema for one event (draft 7), loaded from this
 * bundle's copy ({@code epcis-schema/}, GS1 licence beside it): what a
 * document's events must satisfy before anything of the document is stored.
 */
public final class EventSchema {

	private static final String GS1_BASE = "https://gs1.github.io/EPCIS/JSON-Schema/"; //$NON-NLS-1$
	private static final String EVENT = GS1_BASE + "EPCIS-Event-JSON-Schema.json#/definitions/EPCIS-Document-Event"; //$NON-NLS-1$

	private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7,
			builder -> builder.schemaLoaders(loaders -> loaders.add(iri -> {
				String uri = iri.toString();
				if (!uri.startsWith(GS1_BASE)) {
					return null;
				}
				String resource = "/epcis-schema/" + uri.substring(GS1_BASE.length()); //$NON-NLS-1$
				return () -> {
					InputStream in = EventSchema.class.getResourceAsStream(resource);
					if (in == null) {
						throw new IllegalStateException("GS1 schema missing from the bundle: " + resource); //$NON-NLS-1$
					}
					return in;
				};
			}))).getSchema(SchemaLocation.of(EVENT));

	private EventSchema() {
	}

	/**
	 * @param path JSON path of the event in its document
	 * @throws EpcisFormatException naming the first offending value's path and the schema's reason
	 */
	public static void check(JsonNode event, String path) {
		Set<ValidationMessage> errors = SCHEMA.validate(event);
		if (!errors.isEmpty()) {
			ValidationMessage first = errors.stream()
					.min(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString())).orElseThrow();
			String where = first.getInstanceLocation().toString().replaceFirst("^\\$", Matcher.quoteReplacement(path)); //$NON-NLS-1$
			if ("required".equals(first.getType()) && first.getProperty() != null) { //$NON-NLS-1$
				where += "." + first.getProperty(); //$NON-NLS-1$
			}
			throw new EpcisFormatException(where, Texts.Format_schema.with(SchemaReason.of(first)));
		}
	}

	/**
	 * The validator's reason, worded in the reader's language when it is read
	 * (the validator ships Simplified Chinese), without the path it starts with.
	 *
	 * @param key       the validator's message key, e.g. {@code required}
	 * @param arguments the message's arguments, the instance's path first
	 */
	private record SchemaReason(String key, List<Object> arguments) implements Localized {

		static SchemaReason of(ValidationMessage m) {
			List<Object> arguments = new ArrayList<>();
			arguments.add(m.getInstanceLocation().toString());
			arguments.addAll(Arrays.asList(m.getArguments()));
			return new SchemaReason(m.getMessageKey(), arguments);
		}

		@Override
		public String text(Locale language) {
			Locale wording = DisplayLanguage.isChinese(language) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
			return DefaultMessageSource.getInstance().getMessage(key, wording, arguments.toArray())
					.replaceFirst("^\\$[^:]*: ", ""); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}
}
