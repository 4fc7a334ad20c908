package io.agritrace.store;

import java.time.OffsetDateTime;

/**
 * One line of a master data record's history: who changed it, when, and how.
 *
 * @param kind     what the record is
 * @param key      its URI or GTIN
 * @param action   what was done
 * @param field    the field an edit changed (a {@code MasterDataValidator.FIELD_*} key); null for other actions
 * @param oldValue the field's value before an edit, or null
 * @param newValue the field's value after an edit, or null
 * @param by       who did it
 * @param at       when, in the workspace's zone
 */
public record MasterDataChange(MasterDataKind kind, String key, Action action, String field, String oldValue,
		String newValue, String by, OffsetDateTime at) {

	/** What a change did to the record. */
	public enum Action {
		REGISTERED, EDITED, DEACTIVATED, REACTIVATED, DELETED
	}

	/** A field an edit changed. */
	public static MasterDataChange edited(MasterDataKind kind, String key, String field, String oldValue,
			String newValue, String by, OffsetDateTime at) {
		return new MasterDataChange(kind, key, Action.EDITED, field, oldValue, newValue, by, at);
	}

	/** A registration, deactivation, reactivation or deletion. */
	public static MasterDataChange of(MasterDataKind kind, String key, Action action, String by, OffsetDateTime at) {
		return new MasterDataChange(kind, key, action, null, null, null, by, at);
	}
}
