package io.agritrace.chain;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;

import org.web3j.crypto.exception.CipherException;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.WalletUtils;
import org.web3j.utils.Numeric;

/** The signing account of a real network: an encrypted web3j (Ethereum V3) keystore file. */
public final class SigningKeystore {

	private SigningKeystore() {
	}

	/**
	 * A new account in a new keystore file in {@code folder}, encrypted with
	 * the standard (full) scrypt parameters.
	 *
	 * @return the file
	 */
	public static Path create(Path folder, String password) throws ChainException {
		try {
			Files.createDirectories(folder);
			return folder.resolve(WalletUtils.generateNewWalletFile(password, folder.toFile(), true));
		} catch (IOException | GeneralSecurityException | CipherException e) {
			throw new ChainException("keystore in " + folder + ": " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * Decrypts the keystore; the key stays in memory only.
	 *
	 * @throws ChainException when the file is unreadable or the password wrong
	 */
	public static SigningKey signingKey(Path file, String password) throws ChainException {
		try {
			Credentials credentials = WalletUtils.loadCredentials(password, file.toFile());
			return SigningKey.of(Numeric.toHexStringWithPrefixZeroPadded(credentials.getEcKeyPair().getPrivateKey(), 64));
		} catch (IOException | CipherException e) {
			throw new ChainException("keystore " + file + ": " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}
}
