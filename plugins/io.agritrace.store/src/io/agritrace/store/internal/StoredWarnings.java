package io.agritrace.store.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agritrace.core.rules.RuleTexts;
import io.agritrace.core.text.Message;
import io.agritrace.core.text.MessageKey;
import io.agritrace.store.StoreException;

/**
 * What {@code epcis_event.rule_warning} keeps of the custody rules a flagged
 * event breaks: not a sentence in the importing process's language, but a JSON
 * array of codes and arguments, {@code [{"code":"Rule_notHolder","args":["…"]}]},
 * read back as messages that each reader renders in its own language.
 */
public final class StoredWarnings {

	private static final ObjectMapper JSON = new ObjectMapper();
	private static final String CODE = "code"; //$NON-NLS-1$
	private static final String ARGS = "args"; //$NON-NLS-1$
	/** Every code a stored warning can carry. */
	private static final Map<String, MessageKey> KEYS = Stream
			.concat(Arrays.stream(RuleTexts.values()), Stream.of(Texts.Warning_legacy))
			.collect(Collectors.toMap(MessageKey::name, Function.identity()));

	private StoredWarnings() {
	}

	/** The column's value for these warnings; null for none. */
	public static String json(List<Message> warnings) {
		if (warnings.isEmpty()) {
			return null;
		}
		ArrayNode array = JSON.createArrayNode();
		for (Message warning : warnings) {
			ObjectNode entry = array.addObject().put(CODE, warning.code());
			warning.arguments(Locale.ENGLISH).forEach(entry.putArray(ARGS)::add);
		}
		return array.toString();
	}

	/** The warnings a column's value keeps; none for null. A code this version does not know reads as a legacy text. */
	public static List<Message> read(String json) {
		if (json == null) {
			return List.of();
		}
		List<Message> warnings = new ArrayList<>();
		for (JsonNode entry : tree(json)) {
			List<Object> args = new ArrayList<>();
			entry.path(ARGS).forEach(a -> args.add(a.asText()));
			MessageKey key = KEYS.get(entry.path(CODE).asText());
			warnings.add(key != null ? new Message(key, args) : legacy(entry.toString()));
		}
		return warnings;
	}

	/** A sentence kept as it was stored, in whichever language that was. */
	static Message legacy(String sentence) {
		return Texts.Warning_legacy.with(sentence);
	}

	private static JsonNode tree(String json) {
		try {
			return JSON.readTree(json);
		} catch (JsonProcessingException e) {
			throw new StoreException(e.getMessage(), e);
		}
	}
}
