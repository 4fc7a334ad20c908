package io.agritrace.store.internal;

import io.agritrace.core.text.MessageKey;

/**
 * The texts of the store's internals, in {@code messages.properties} and
 * {@code messages_zh.properties} beside this enum.
 */
enum Texts implements MessageKey {
	/** A rule warning stored as a sentence before V20 that no rule's text matches: the sentence itself. */
	Warning_legacy;
}
