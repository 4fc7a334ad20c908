package io.agritrace.core.text.internal;

import io.agritrace.core.text.MessageKey;

/**
 * The texts of {@link io.agritrace.core.text.Times}, in {@code messages.properties}
 * and {@code messages_zh.properties} beside this enum.
 */
public enum Texts implements MessageKey {
	Zone_named;
}
