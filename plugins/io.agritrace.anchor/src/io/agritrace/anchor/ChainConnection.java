package io.agritrace.anchor;

import java.io.IOException;
import java.nio.file.Path;

import io.agritrace.anchor.MissingSettingException.Setting;
import io.agritrace.anchor.internal.Texts;
import io.agritrace.chain.AnchorTarget;
import io.agritrace.chain.ChainClient;
import io.agritrace.chain.ChainEndpoint;
import io.agritrace.chain.ChainException;
import io.agritrace.chain.ChainSettings;
import io.agritrace.chain.ChainStatus;
import io.agritrace.chain.DevelopmentOrganisations;
import io.agritrace.chain.LocalChain;
import io.agritrace.chain.RegistryAdmin;
import io.agritrace.chain.SigningKey;
import io.agritrace.chain.SigningKeystore;
import io.agritrace.store.TraceStore;

/**
 * A workspace connected to the chain its settings name: settings, endpoint,
 * chain-id check, contract, signing key and custody signers, assembled here
 * and nowhere else into an {@link AnchoringSession}. The workbench
 * {@linkplain #open opens}: on the managed local chain it starts the
 * workspace's chain (or joins the one running, or takes over one an ended
 * process left), and so does {@code agritrace-cli scenario}. The other
 * commands {@linkplain #join join}: they never start a chain, but join the
 * managed local chain that {@code agritrace-cli chain start} or the workbench
 * runs, or the configured network. On the managed local chain
 * the session signs custody with every organisation's development key; on a
 * network with the keystore whose password the secrets give (or, joining, a
 * raw key they give).
 */
public final class ChainConnection implements AutoCloseable {

	/** What a joined session signs with. */
	public enum Signing {
		/** Nothing: it reads and verifies only. */
		READ_ONLY,
		/** The recorder's key: the keystore, else the secrets' raw key, else (managed local chain) anvil's. */
		RECORDER
	}

	/** What {@link #deploy} did: the new registry and the recorder account granted in it. */
	public record Deployment(String contract, String recorder) {
	}

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
	 * Connects as the settings say, starting the managed local chain if it does not run.
	 *
	 * @param lifetime how long a managed chain started here lives
	 * @throws MissingSettingException naming what a network connection lacks
	 */
	public static ChainConnection open(Path workspace, TraceStore store, ChainSettings settings, ChainSecrets secrets,
			LocalChain.Lifetime lifetime) throws ChainException, IOException, InterruptedException {
		if (!settings.managed()) {
			Node node = Node.connect(workspace, settings, secrets);
			AnchorTarget target = node.target(node.contract(settings), keystoreKey(settings, secrets));
			return new ChainConnection(new AnchoringSession(workspace, store, target, null), null, null);
		}
		LocalChain chain = LocalChain.inWorkspace(workspace, LocalChain.DEFAULT_PORT);
		requireOwn(chain);
		LocalChain.Running running = chain.start(lifetime);
		AnchoringSession session = new AnchoringSession(workspace, store, AnchorTarget.local(chain, running.contract()),
				DevelopmentOrganisations.onLocalChain(chain, running.contract()));
		return new ChainConnection(session, running.start() == LocalChain.Start.JOINED ? null : chain, running);
	}

	/**
	 * Joins the node the settings name without starting anything: the managed
	 * local chain when it runs (its contract unless the settings give one), else
	 * the configured network.
	 *
	 * @throws ChainException          when the node does not answer or is on another chain
	 * @throws MissingSettingException naming what is missing
	 */
	public static ChainConnection join(Path workspace, TraceStore store, ChainSettings settings, ChainSecrets secrets,
			Signing signing) throws ChainException, IOException {
		Node node = Node.connect(workspace, settings, secrets);
		String contract = node.contract(settings);
		SigningKey key = signing == Signing.READ_ONLY ? SigningKey.READ_ONLY : node.recorderKey(settings, secrets);
		DevelopmentOrganisations organisations = node.local()
				? new DevelopmentOrganisations(node.endpoint(), node.chainId(), contract, node.regulatorKey(secrets))
				: null;
		return new ChainConnection(new AnchoringSession(workspace, store, node.target(contract, key), organisations), null,
				null);
	}

	/**
	 * Deploys a new registry on the node the settings name, with the regulator's
	 * raw key from the secrets, and grants the recorder's account to the
	 * organisation.
	 */
	public static Deployment deploy(Path workspace, ChainSettings settings, ChainSecrets secrets, String organisation)
			throws ChainException, IOException {
		Node node = Node.connect(workspace, settings, secrets);
		try (RegistryAdmin admin = RegistryAdmin.deploy(node.endpoint(), node.chainId(), node.regulatorKey(secrets))) {
			String recorder = node.recorderKey(settings, secrets).address();
			admin.grantRecorder(recorder, organisation);
			return new Deployment(admin.contractAddress(), recorder);
		}
	}

	/**
	 * A node that answered on the expected chain.
	 *
	 * @param local true when it is the workspace's managed local chain
	 */
	private record Node(Path workspace, ChainEndpoint endpoint, long chainId, boolean local) {

		static Node connect(Path workspace, ChainSettings settings, ChainSecrets secrets) throws ChainException {
			ChainEndpoint endpoint = ChainConnection.endpoint(settings, secrets);
			try (ChainClient client = ChainClient.connect(endpoint, settings.expectedChainId())) {
				ChainStatus status = client.status();
				if (!(status instanceof ChainStatus.Connected connected)) {
					throw new ChainException(ChainStatusText.lineOf(status));
				}
				boolean local = settings.rpcUrl().equals(localChain(workspace).rpcUrl())
						&& connected.chainId() == LocalChain.CHAIN_ID;
				if (local && settings.managed()) {
					requireOwn(localChain(workspace));
				}
				return new Node(workspace, endpoint, connected.chainId(), local);
			}
		}

		AnchorTarget target(String contract, SigningKey key) {
			return new AnchorTarget(endpoint, chainId, contract, key);
		}

		/** The settings' contract, else the managed local chain's. */
		String contract(ChainSettings settings) throws IOException {
			String contract = settings.contract();
			if (contract.isEmpty() && local) {
				contract = localChain(workspace).contract().orElse(""); //$NON-NLS-1$
			}
			if (contract.isEmpty()) {
				throw new MissingSettingException(Setting.CONTRACT, Texts.Connection_noContract.with());
			}
			return contract;
		}

		/** The keystore's key on a network; else the secrets' raw key, or anvil's on the managed local chain. */
		SigningKey recorderKey(ChainSettings settings, ChainSecrets secrets) throws ChainException {
			if (!settings.keystore().isEmpty() && !local) {
				return keystoreKey(settings, secrets);
			}
			return SigningKey.of(rawKey(Setting.RECORDER_KEY, secrets.recorderKey(), LocalChain.RECORDER_KEY));
		}

		String regulatorKey(ChainSecrets secrets) {
			return rawKey(Setting.REGULATOR_KEY, secrets.regulatorKey(), LocalChain.REGULATOR_KEY);
		}

		private String rawKey(Setting which, String given, String development) {
			String key = given == null || given.isBlank() ? local ? development : null : given.strip();
			if (key == null) {
				throw new MissingSettingException(which, Texts.Connection_noKey.with());
			}
			try {
				SigningKey.of(key);
			} catch (IllegalArgumentException e) {
				throw new MissingSettingException(which, e.getMessage());
			}
			return key;
		}
	}

	/**
	 * The managed chain's port may answer for another workspace's chain (or
	 * another program): anchoring there would mix this workspace's lots with
	 * its, whose demo lots have the same identifiers.
	 */
	private static void requireOwn(LocalChain chain) throws ChainException {
		try {
			if (chain.foreign()) {
				throw new ChainException(Texts.Connection_foreignChain.with(chain.rpcUrl()));
			}
		} catch (IOException e) {
			throw new ChainException(String.valueOf(e.getMessage()), e);
		}
	}

	private static LocalChain localChain(Path workspace) {
		return LocalChain.inWorkspace(workspace, LocalChain.DEFAULT_PORT);
	}

	/** The signing key from the configured keystore, opened with the password the secrets keep. */
	private static SigningKey keystoreKey(ChainSettings settings, ChainSecrets secrets) throws ChainException {
		if (settings.keystore().isEmpty()) {
			throw new MissingSettingException(Setting.KEYSTORE, Texts.Connection_noKeystore.with());
		}
		String password = secrets.keystorePassword();
		if (password == null) {
			throw new MissingSettingException(Setting.KEYSTORE_PASSWORD, Texts.Connection_noPassword.with());
		}
		return SigningKeystore.signingKey(Path.of(settings.keystore()), password);
	}

	/** What the node the settings name says of itself, without connecting a session. */
	public static ChainStatus status(ChainSettings settings, ChainSecrets secrets) throws ChainException {
		try (ChainClient client = settings.managed()
				? ChainClient.connect(ChainEndpoint.of(ChainSettings.DEFAULTS.rpcUrl()), LocalChain.CHAIN_ID)
				: ChainClient.connect(endpoint(settings, secrets), settings.expectedChainId())) {
			return client.status();
		}
	}

	/** What the workspace's managed local chain on this port says of itself, and its contract. */
	public static ChainStatus localStatus(Path workspace, int port) {
		LocalChain chain = LocalChain.inWorkspace(workspace, port);
		try (ChainClient client = ChainClient.connect(ChainEndpoint.of(chain.rpcUrl()), LocalChain.CHAIN_ID)) {
			return client.status();
		}
	}

	private static ChainEndpoint endpoint(ChainSettings settings, ChainSecrets secrets) throws ChainException {
		try {
			return settings.endpoint(secrets.bearerToken());
		} catch (IllegalArgumentException e) {
			throw new MissingSettingException(Setting.ENDPOINT, e.getMessage());
		}
	}

	public AnchoringSession session() {
		return session;
	}

	/** How the managed local chain was found; null on a network, and when joined. */
	public LocalChain.Running localChain() {
		return running;
	}

	/** Closes the session, and stops the managed chain if this connection launched or took it over. */
	@Override
	public void close() throws InterruptedException {
		try {
			session.close();
		} finally {
			if (owned != null) {
				owned.stop();
			}
		}
	}
}
