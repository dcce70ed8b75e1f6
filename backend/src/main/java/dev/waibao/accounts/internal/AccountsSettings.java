package dev.waibao.accounts.internal;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * Lifetimes and limits of accounts.
 *
 * @param accessTokenLifetime how long an access token is accepted; removal or a role change takes
 *     effect for a signed-in user at the latest after this
 * @param refreshTokenLifetime how long a session lasts without use
 * @param invitationLifetime how long an invitation link can be accepted
 * @param failuresPerAccount failed sign-ins for one e-mail address before it is blocked
 * @param failuresPerAddress failed sign-ins from one client address before it is blocked
 * @param failureWindow the period over which failures are counted
 * @param blockDuration how long a blocked e-mail address or client address waits
 */
@ConfigurationProperties("waibao.accounts")
record AccountsSettings(
    @Bindable(defaultValue = "10m") Duration accessTokenLifetime,
    @Bindable(defaultValue = "30d") Duration refreshTokenLifetime,
    @Bindable(defaultValue = "7d") Duration invitationLifetime,
    @Bindable(defaultValue = "5") int failuresPerAccount,
    @Bindable(defaultValue = "20") int failuresPerAddress,
    @Bindable(defaultValue = "15m") Duration failureWindow,
    @Bindable(defaultValue = "15m") Duration blockDuration) {}
