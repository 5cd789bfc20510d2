package de.thueringen.antrag.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.impl.identity.DefaultPasswordPolicyImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.Test;

/** The demo accounts start under the engine's password policy (it is on everywhere). */
class DemoPasswordPolicyTest {

    @Test
    void everyDemoPasswordMeetsTheEnginesDefaultPolicy() {
        for (DemoAccounts.DemoAccount clerk : DemoAccounts.ACCOUNTS) {
            UserEntity user = new UserEntity(clerk.userId());
            user.setFirstName(clerk.firstName());
            user.setLastName(clerk.lastName());
            user.setEmail(clerk.userId() + "@demo.antrag-thueringen.invalid");
            for (PasswordPolicyRule rule : new DefaultPasswordPolicyImpl().getRules()) {
                assertThat(rule.execute(clerk.password(), user)).as(clerk.userId() + " " + rule.getPlaceholder()).isTrue();
            }
        }
    }
}
