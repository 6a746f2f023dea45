package io.winback.config;

import io.winback.chain.CatchUpWindow;
import io.winback.chain.FrequencyCap;
import io.winback.chain.Holdout;
import io.winback.chain.QuietHours;
import io.winback.chain.StepRules;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;

/**
 * The reactivation chains' settings that belong to the deployment (the chains themselves are stored data, changed
 * through {@code PUT /v1/chains}).
 *
 * @param workQueueUrl      the SQS queue the daily check puts work items on
 * @param emailFrom         SES identity mail is sent from; null: no email channel
 * @param smsSenderId       alphanumeric sender id where the country allows one; null: the provider's default
 * @param publicBaseUrl     where the API is reachable from a customer's mail client (unsubscribe links)
 * @param unsubscribeSecrets HMAC secrets of unsubscribe tokens, first signs, all verify
 * @param storeName         what {@code {store}} in a template reads
 * @param sendsPerSecond    the worker's pace per instance, kept under the SES/SNS account rates
 * @param maxBonus          the most any bonus may be ({@code MAX_BONUS}): refused above it at {@code PUT /v1/chains},
 *                          granted at most it by the worker, whatever the configured average check
 * @param smsPriceUsd       SNS's price of one SMS part in USD ({@code SMS_PRICE_USD}): what the worker counts for
 *                          each SMS it publishes, against the account's monthly SMS spend limit
 */
public record ChainSettings(String chainsTable, CatchUpWindow catchUp, QuietHours quietHours, FrequencyCap cap,
                            Holdout holdout, String workQueueUrl, String emailFrom, String smsSenderId,
                            URI publicBaseUrl, List<String> unsubscribeSecrets, String storeName,
                            double sendsPerSecond, BigDecimal maxBonus, BigDecimal smsPriceUsd) {

    public StepRules stepRules() {
        return new StepRules(quietHours, cap);
    }

    /**
     * Keyed by the holdout's salt, the deployment's one secret that may never change (a changed key would split
     * one customer's log lines and provider records in two); the purpose is mixed into every hash, so a reference
     * tells nothing about the holdout.
     */
    public io.winback.domain.CustomerRefs customerRefs() {
        return new io.winback.domain.CustomerRefs(holdout.salt());
    }
}
