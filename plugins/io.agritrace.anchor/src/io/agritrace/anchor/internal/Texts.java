package io.agritrace.anchor.internal;

import io.agritrace.core.text.MessageKey;

/** The anchor bundle's texts, in {@code messages.properties} and {@code messages_zh.properties} beside this enum. */
public enum Texts implements MessageKey {
	ChainStatus_connected,
	ChainStatus_connectedDetails,
	ChainStatus_connectedLine,
	ChainStatus_noValidators,
	ChainStatus_notConnected,
	ChainStatus_notConnectedLine,
	ChainStatus_wrongChain,
	ChainStatus_wrongChainLine,
	Connection_foreignChain,
	Connection_noContract,
	Connection_noKey,
	Connection_noKeystore,
	Connection_noPassword,
	Handovers_unknownReceiver;
}
