package io.agritrace.anchor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.WalletUtils;
import org.web3j.utils.Numeric;

import io.agritrace.chain.ChainEndpoint;
import io.agritrace.chain.ChainException;
import io.agritrace.chain.ChainSettings;
import io.agritrace.chain.ChainStatus;
import io.agritrace.chain.LocalChain;
import io.agritrace.chain.RegistryAdmin;
import io.agritrace.store.TraceStore;
import io.agritrace.tests.harness.AnvilNode;

/** Connecting a workspace to a network as its settings and secrets say, or refusing with the reason. */
class ChainConnectionTest {

	private static final String PASSWORD = "keystore-pass-9";

	@TempDir
	Path workspace;
	private AnvilNode node;
	private TraceStore store;
	private String contract;
	private Path keystore;

	@BeforeEach
	void deployRegistry(@TempDir Path keys) throws Exception {
		node = new AnvilNode();
		store = TraceStore.openWorkspace(workspace);
		try (RegistryAdmin admin = RegistryAdmin.deploy(ChainEndpoint.of(node.url()), 1337, AnvilNode.KEYS[0])) {
			admin.grantRecorder(RegistryAdmin.addressOf(AnvilNode.KEYS[2]), "urn:agritrace:test");
			contract = admin.contractAddress();
		}
		keystore = keys.resolve(WalletUtils.generateWalletFile(PASSWORD,
				ECKeyPair.create(Numeric.toBigInt(AnvilNode.KEYS[2])), keys.toFile(), false));
	}

	@AfterEach
	void stop() throws InterruptedException {
		store.close();
		node.close();
	}

	private ChainSettings network(long chainId, String contractAddress, String keystoreFile) {
		return new ChainSettings(false, node.url(), chainId, contractAddress, keystoreFile, 50, BigInteger.ZERO);
	}

	private static ChainSecrets secrets(String password, String token) {
		return new ChainSecrets() {
			@Override
			public String keystorePassword() {
				return password;
			}

			@Override
			public String bearerToken() {
				return token;
			}
		};
	}

	private ChainConnection open(ChainSettings settings, ChainSecrets secrets) throws Exception {
		return ChainConnection.open(workspace, store, settings, secrets, LocalChain.Lifetime.THIS_PROCESS);
	}

	@Test
	void aNetworkSignsWithTheKeystoreWhosePasswordTheSecretsGive() throws Exception {
		try (ChainConnection connection = open(network(1337, contract, keystore.toString()), secrets(PASSWORD, null))) {
			assertEquals(RegistryAdmin.addressOf(AnvilNode.KEYS[2]).toLowerCase(), connection.session().account().toLowerCase());
			assertEquals(contract, connection.session().target().contract());
			assertNull(connection.localChain(), "no managed chain on a network");
		}
	}

	@Test
	void eachMissingPieceIsNamed() {
		MissingSettingException noContract = assertThrows(MissingSettingException.class,
				() -> open(network(1337, "", keystore.toString()), secrets(PASSWORD, null)));
		assertTrue(noContract.getMessage().contains("contract"), noContract.getMessage());
		assertNotEquals(noContract.getMessage(), noContract.text(Locale.SIMPLIFIED_CHINESE), "said in the caller's language");
		MissingSettingException noKeystore = assertThrows(MissingSettingException.class,
				() -> open(network(1337, contract, ""), secrets(PASSWORD, null)));
		assertTrue(noKeystore.getMessage().contains("keystore"), noKeystore.getMessage());
		MissingSettingException noPassword = assertThrows(MissingSettingException.class,
				() -> open(network(1337, contract, keystore.toString()), secrets(null, null)));
		assertTrue(noPassword.getMessage().contains("password"), noPassword.getMessage());
		assertEquals(MissingSettingException.Setting.KEYSTORE_PASSWORD, noPassword.setting());
	}

	@Test
	void aNodeOnAnotherChainGetsNothing() throws Exception {
		ChainException wrong = assertThrows(ChainException.class,
				() -> open(network(2020, contract, keystore.toString()), secrets(PASSWORD, null)));
		assertTrue(wrong.getMessage().contains("1337") && wrong.getMessage().contains("2020"), wrong.getMessage());
		assertInstanceOf(ChainStatus.WrongChain.class,
				ChainConnection.status(network(2020, contract, keystore.toString()), secrets(PASSWORD, null)));
		assertInstanceOf(ChainStatus.Connected.class,
				ChainConnection.status(network(1337, contract, keystore.toString()), secrets(PASSWORD, null)));
	}

	private static ChainSecrets rawKeys(String recorderKey) {
		return new ChainSecrets() {
			@Override
			public String keystorePassword() {
				return null;
			}

			@Override
			public String bearerToken() {
				return null;
			}

			@Override
			public String recorderKey() {
				return recorderKey;
			}
		};
	}

	/**
	 * A newcomer's second workspace found its managed chain's port answered by
	 * the first one's chain and showed the node's bare "Empty value (0x)"; a
	 * test's workspace joined another's and found its demo lots altered.
	 */
	@Test
	void aManagedChainsPortAnsweredByAnotherWorkspacesChainIsNamed(@TempDir Path other) throws Exception {
		System.setProperty(LocalChain.ANVIL_PROPERTY, AnvilNode.BINARY.toAbsolutePath().toString());
		try (TraceStore theirStore = TraceStore.openWorkspace(other);
				ChainConnection theirs = ChainConnection.open(other, theirStore, ChainSettings.DEFAULTS, secrets(null, null),
						LocalChain.Lifetime.THIS_PROCESS)) {
			ChainException foreign = assertThrows(ChainException.class, () -> open(ChainSettings.DEFAULTS, secrets(null, null)));
			assertTrue(foreign.text(Locale.ENGLISH)
					.startsWith("another chain answers at " + ChainSettings.DEFAULTS.rpcUrl() + ": this workspace did not start it"),
					foreign.text(Locale.ENGLISH));
			assertFalse(Files.exists(workspace.resolve("chain/contract")), "nothing deployed on their chain");
			assertThrows(ChainException.class, () -> ChainConnection.join(workspace, store, ChainSettings.DEFAULTS,
					secrets(null, null), ChainConnection.Signing.READ_ONLY), "joining it is refused alike");
		}
	}

	/** The CLI's way in: joins the node it is told of, signing with a raw key or nothing, and starts nothing. */
	@Test
	void joiningSignsWithTheGivenKeyOrNothingAndStartsNoChain() throws Exception {
		ChainSettings given = new ChainOverrides(node.url(), 1337L, contract, null, null, null).over(ChainSettings.DEFAULTS);
		try (AnchoringSession session = ChainConnection.join(workspace, store, given, rawKeys(AnvilNode.KEYS[2]),
				ChainConnection.Signing.RECORDER).session()) {
			assertEquals(RegistryAdmin.addressOf(AnvilNode.KEYS[2]).toLowerCase(), session.account().toLowerCase());
			assertEquals(contract, session.target().contract());
		}
		try (AnchoringSession reader = ChainConnection.join(workspace, store, given, rawKeys(null),
				ChainConnection.Signing.READ_ONLY).session()) {
			assertEquals(0, reader.verifyAll(done -> true).size(), "an empty store: nothing to verify");
		}
		MissingSettingException noKey = assertThrows(MissingSettingException.class, () -> ChainConnection.join(workspace,
				store, given, rawKeys(null), ChainConnection.Signing.RECORDER));
		assertEquals(MissingSettingException.Setting.RECORDER_KEY, noKey.setting());

		int silent;
		try (ServerSocket socket = new ServerSocket(0)) {
			silent = socket.getLocalPort();
		}
		ChainSettings nobody = new ChainOverrides("http://127.0.0.1:" + silent, null, null, null, null, null)
				.over(ChainSettings.DEFAULTS);
		ChainException down = assertThrows(ChainException.class, () -> ChainConnection.join(workspace, store, nobody,
				rawKeys(null), ChainConnection.Signing.READ_ONLY));
		assertTrue(down.getMessage().contains("no node answers at http://127.0.0.1:" + silent), down.getMessage());
		assertFalse(Files.exists(workspace.resolve("chain/anvil.pid")), "joining starts no chain");
	}
}
