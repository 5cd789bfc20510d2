package de.thueringen.antrag.security;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.github.bucket4j.TimeMeter;

import org.springframework.boot.context.properties.ConfigurationProperties;

import de.thueringen.antrag.web.RateLimit;
import de.thueringen.antrag.web.RateLimiter;

/**
 * Slows down password guessing without ever locking an account. Only failed logins count, in two budgets:
 * <ul>
 * <li>per client address: one address that keeps failing waits ({@code perAddress});</li>
 * <li>per account: many addresses guessing one account together are slowed down ({@code perAccount}), with a larger
 * budget than one address has, so that one attacker alone never reaches it.</li>
 * </ul>
 * The account budget must not become a lockout by the back door: an address from which the account has logged in
 * successfully before (the clerk's office) is not held back by it, only by its own address budget. Everything refills
 * by itself; nothing needs an administrator.
 */
public class LoginThrottle {

    private static final int MAX_ACCOUNTS = 20_000;
    private static final int KNOWN_ADDRESSES_PER_ACCOUNT = 8;

    /**
     * @param perAddress failed logins one client address may have, with any accounts
     * @param perAccount failed logins of one account from addresses it has not logged in from before
     */
    @ConfigurationProperties("antrag.security.login-throttle")
    public record Settings(RateLimit perAddress, RateLimit perAccount) {
        public Settings {
            if (perAddress == null || perAccount == null) {
                throw new IllegalArgumentException(
                        "antrag.security.login-throttle.per-address and .per-account must be set (capacity, period)");
            }
        }
    }

    private final RateLimiter addresses;
    private final RateLimiter accounts;
    private final Map<String, Set<String>> knownAddresses = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Set<String>> eldest) {
            return size() > MAX_ACCOUNTS;
        }
    };

    public LoginThrottle(Settings settings) {
        this(settings, TimeMeter.SYSTEM_MILLISECONDS);
    }

    LoginThrottle(Settings settings, TimeMeter time) {
        this.addresses = new RateLimiter(settings.perAddress(), time);
        this.accounts = new RateLimiter(settings.perAccount(), time);
    }

    /**
     * Before the password is checked.
     *
     * @param account the user id tried, or null if the request names none
     * @return empty if the attempt may go ahead, otherwise how long the client has to wait
     */
    public Optional<Duration> refusal(String clientAddress, String account) {
        Optional<Duration> addressWait = addresses.waitTime(clientAddress);
        if (addressWait.isPresent() || account == null || isKnown(account, clientAddress)) {
            return addressWait;
        }
        return accounts.waitTime(key(account));
    }

    public void failed(String clientAddress, String account) {
        addresses.consume(clientAddress);
        if (account != null && !isKnown(account, clientAddress)) {
            accounts.consume(key(account));
        }
    }

    public void succeeded(String clientAddress, String account) {
        if (account == null) {
            return;
        }
        synchronized (knownAddresses) {
            Set<String> known = knownAddresses.computeIfAbsent(key(account), k -> new LinkedHashSet<>());
            known.remove(clientAddress);
            known.add(clientAddress);
            if (known.size() > KNOWN_ADDRESSES_PER_ACCOUNT) {
                known.remove(known.iterator().next());
            }
        }
    }

    private boolean isKnown(String account, String clientAddress) {
        synchronized (knownAddresses) {
            Set<String> known = knownAddresses.get(key(account));
            return known != null && known.contains(clientAddress);
        }
    }

    /** Camunda compares user ids case-insensitively on MariaDB: "Erfurt.SB" is the same account to an attacker. */
    private static String key(String account) {
        return account.toLowerCase(Locale.ROOT);
    }
}
