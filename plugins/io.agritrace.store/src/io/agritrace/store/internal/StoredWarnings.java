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
import io.agritrace.core.text.Localized;
import io.agritrace.core.text.Message;
import io.agritrace.core.text.MessageKey;
import io.agritrace.core.text.Units;
import io.agritrace.store.StoreException;

/**
 * What {@code epcis_event.rule_warning} keeps of the custody rules a flagged
 * event breaks: not a sentence in the importing process's language, but a JSON
 * array of codes and arguments, {@code [{"code":"Rule_notHolder","args":["…"]}]}
 * (an argument quoting a text of its own is such an object too), read back as
 * messages that each reader renders in its own language.
 */
public final class StoredWarnings {

	private static final ObjectMapper JSON = new ObjectMapper();
	private static final String CODE = "code"; //$NON-NLS-1$
	private static final String ARGS = "args"; //$NON-NLS-1$
	/** Every code a stored warning can carry, and those of the texts it quotes (a unit's name). */
	private static final Map<String, MessageKey> KEYS = Stream
			.<MessageKey>concat(Stream.concat(Arrays.stream(RuleTexts.values()), Arrays.stream(Units.values())),
					Stream.of(Texts.Warning_legacy))
			.collect(Collectors.toMap(MessageKey::name, Function.identity()));

	private StoredWarnings() {
	}

	/** The column's value for these warnings; null for none. */
	public static String json(List<Message> warnings) {
		if (warnings.isEmpty()) {
			return null;
		}
		ArrayNode array = JSON.createArrayNode();
		warnings.forEach(warning -> put(array.addObject(), warning));
		return array.toString();
	}

	/**
	 * A message as its code and arguments; an argument that is a message of its
	 * own (a unit's name) likewise, so that each reader still reads it in its
	 * language. Other texts keep their English.
	 */
	private static void put(ObjectNode entry, Message message) {
		ArrayNode args = entry.put(CODE, message.code()).putArray(ARGS);
		for (Object arg : message.args()) {
			if (arg instanceof Message quoted) {
				put(args.addObject(), quoted);
			} else {
				args.add(arg instanceof Localized l ? l.text(Locale.ENGLISH) : String.valueOf(arg));
			}
		}
	}

	/** The warnings a column's value keeps; none for null. A code this version does not know reads as a legacy text. */
	public static List<Message> read(String json) {
		if (json == null) {
			return List.of();
		}
		List<Message> warnings = new ArrayList<>();
		tree(json).forEach(entry -> warnings.add(message(entry)));
		return warnings;
	}

	private static Message message(JsonNode entry) {
		List<Object> args = new ArrayList<>();
		entry.path(ARGS).forEach(a -> args.add(a.isObject() ? message(a) : a.asText()));
		MessageKey key = KEYS.get(entry.path(CODE).asText());
		return key != null ? new Message(key, args) : legacy(entry.toString());
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
