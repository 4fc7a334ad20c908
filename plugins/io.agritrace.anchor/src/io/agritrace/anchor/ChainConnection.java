package io.agritrace.anchor;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;

import io.agritrace.anchor.internal.Messages;
import io.agritrace.chain.AnchorTarget;
import io.agritrace.chain.ChainClient;
import io.agritrace.chain.ChainEndpoint;
import io.agritrace.chain.ChainException;
import io.agritrace.chain.ChainSettings;
import io.agritrace.chain.ChainStatus;
import io.agritrace.chain.DevelopmentOrganisations;
import io.agritrace.chain.LocalChain;
import io.agritrace.chain.SigningKeystore;
import io.agritrace.store.TraceStore;

/**
 * A workspace connected to the chain its settings name: settings, endpoint,
 * chain-id check, contract, signing key and custody signers, assembled here
 * once. On the managed local chain it starts the workspace's chain (or joins
 * the one running, or takes over one an ended process left) and signs with
 * every organisation's development key; on a network it signs with the
 * keystore whose password the secrets give.
 */
public final class ChainConnection implements AutoCloseable {

	private final AnchoringSession session;
	/** The managed chain, when this connection launched it or took it over; stopped on close. */
	private final LocalChain owned;
	private final LocalChain.Running running;

	private ChainConnection(AnchoringSession session, LocalChain owned, LocalChain.Running running) {
		this.session = session;
		this.owned = owned;
		this.running = running;
	}

	/**
	 * Connects as the settings say.
	 *
	 * @param lifetime how long a managed chain started here lives
	 */
	public static ChainConnection open(Path workspace, TraceStore store, ChainSettings settings, ChainSecrets secrets,
			LocalChain.Lifetime lifetime) throws ChainException, IOException, InterruptedException {
		return settings.managed() ? startLocal(workspace, store, lifetime) : openNetwork(workspace, store, settings, secrets);
	}

	private static ChainConnection startLocal(Path workspace, TraceStore store, LocalChain.Lifetime lifetime)
			throws IOException, InterruptedException, ChainException {
		LocalChain chain = LocalChain.inWorkspace(workspace, LocalChain.DEFAULT_PORT);
		LocalChain.Running running = chain.start(lifetime);
		AnchoringSession session = new AnchoringSession(workspace, store, AnchorTarget.local(chain, running.contract()),
				DevelopmentOrganisations.onLocalChain(chain, running.contract()));
		return new ChainConnection(session, running.start() == LocalChain.Start.JOINED ? null : chain, running);
	}

	private static ChainConnection openNetwork(Path workspace, TraceStore store, ChainSettings settings,
			ChainSecrets secrets) throws ChainException {
		if (settings.contract().isEmpty()) {
			throw new ChainException(Messages.Connection_noContract);
		}
		if (settings.keystore().isEmpty()) {
			throw new ChainException(Messages.Connection_noKeystore);
		}
		String password = secrets.keystorePassword();
		if (password == null) {
			throw new ChainException(Messages.Connection_noPassword);
		}
		ChainEndpoint endpoint = endpoint(settings, secrets);
		try (ChainClient client = ChainClient.connect(endpoint, settings.expectedChainId())) {
			ChainStatus status = client.status();
			if (!(status instanceof ChainStatus.Connected connected)) {
				throw new ChainException(unusable(status));
			}
			AnchorTarget target = new AnchorTarget(endpoint, connected.chainId(), settings.contract(),
					SigningKeystore.signingKey(Path.of(settings.keystore()), password));
			return new ChainConnection(new AnchoringSession(workspace, store, target, null), null, null);
		}
	}

	private static String unusable(ChainStatus status) {
		return switch (status) {
		case ChainStatus.NotConnected n -> NLS.bind(Messages.Connection_notConnected, n.rpcUrl(), n.reason());
		case ChainStatus.WrongChain w -> NLS.bind(Messages.Connection_wrongChain,
				new Object[] { w.rpcUrl(), String.valueOf(w.chainId()), String.valueOf(w.expectedChainId()) });
		case ChainStatus.Connected c -> throw new IllegalArgumentException(c.rpcUrl());
		};
	}

	/** What the node the settings name says of itself, without connecting a session. */
	public static ChainStatus status(ChainSettings settings, ChainSecrets secrets) throws ChainException {
		try (ChainClient client = settings.managed()
				? ChainClient.connect(ChainEndpoint.of(ChainSettings.DEFAULTS.rpcUrl()), LocalChain.CHAIN_ID)
				: ChainClient.connect(endpoint(settings, secrets), settings.expectedChainId())) {
			return client.status();
		}
	}

	private static ChainEndpoint endpoint(ChainSettings settings, ChainSecrets secrets) throws ChainException {
		return settings.endpoint(secrets.bearerToken());
	}

	public AnchoringSession session() {
		return session;
	}

	/** How the managed local chain was found; null on a network. */
	public LocalChain.Running localChain() {
		return running;
	}

	/** Closes the session, and stops the managed chain if this connection launched or took it over. */
	@Override
	public void close() throws InterruptedException {
		session.close();
		if (owned != null) {
			owned.stop();
		}
	}
}
