package de.thueringen.antrag.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.impl.digest.PasswordManager;
import org.camunda.bpm.engine.impl.digest.Sha512HashDigest;
import org.junit.jupiter.api.Test;

class Pbkdf2PasswordEncryptorTest {

    @Test
    void hashesAreSaltedAndVerifiable() {
        Pbkdf2PasswordEncryptor encryptor = new Pbkdf2PasswordEncryptor(1000);
        String first = encryptor.encrypt("Erfurt-Demo-1salt");
        assertThat(first).startsWith("1000$").doesNotContain("Erfurt");
        assertThat(encryptor.encrypt("Erfurt-Demo-1salt")).as("a new salt each time").isNotEqualTo(first);
        assertThat(encryptor.check("Erfurt-Demo-1salt", first)).isTrue();
        assertThat(encryptor.check("Erfurt-Demo-2salt", first)).isFalse();
        assertThat(encryptor.check("x", "garbage")).isFalse();
        assertThat(encryptor.check("x", "abc$00")).isFalse();
    }

    @Test
    void hashesOfAnEarlierWorkFactorStayVerifiable() {
        String old = new Pbkdf2PasswordEncryptor(1000).encrypt("Jena-Demo-1");
        assertThat(new Pbkdf2PasswordEncryptor(2000).check("Jena-Demo-1", old)).isTrue();
    }

    @Test
    void camundasSha512HashesOfExistingUsersStillCheckThroughTheEnginesPasswordManager() {
        Sha512HashDigest sha512 = new Sha512HashDigest();
        // the engine builds its manager like this when IdentityPlugin sets the encryptor: SHA checkers are built in
        PasswordManager manager = new PasswordManager(new Pbkdf2PasswordEncryptor(1000), List.of());
        String legacy = "{SHA-512}" + sha512.encrypt("erfurtsalt");
        assertThat(manager.check("erfurtsalt", legacy)).isTrue();
        assertThat(manager.check("falschsalt", legacy)).isFalse();
        String fresh = manager.encrypt("Erfurt-Demo-1salt");
        assertThat(fresh).startsWith("{" + Pbkdf2PasswordEncryptor.NAME + "}");
        assertThat(manager.check("Erfurt-Demo-1salt", fresh)).isTrue();
        assertThat(fresh.length()).as("fits ACT_ID_USER.PWD_").isLessThan(255);
    }
}
