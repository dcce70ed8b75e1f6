package dev.waibao.accounts.internal;

import dev.waibao.accounts.model.EmailAddress;
import dev.waibao.accounts.model.PasswordPolicy;
import dev.waibao.audit.AuditTrail;
import dev.waibao.shared.database.Constraints;
import dev.waibao.shared.problem.ProblemException;
import dev.waibao.shared.problem.Violations;
import dev.waibao.shared.security.Actor;
import dev.waibao.shared.security.MemberRole;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * An organisation's members: listing them, inviting new ones, changing roles and removing. Changes
 * to one organisation's members lock its row, so it can never be left without an admin.
 */
@Singleton
class Members {

  private final Organisations organisations;
  private final UserAccounts users;
  private final Invitations invitations;
  private final RefreshTokens refreshTokens;
  private final PasswordHasher passwords;
  private final SessionIssuer issuer;
  private final AccountsSettings settings;
  private final AuditTrail audit;
  private final Clock clock;

  Members(
      Organisations organisations,
      UserAccounts users,
      Invitations invitations,
      RefreshTokens refreshTokens,
      PasswordHasher passwords,
      SessionIssuer issuer,
      AccountsSettings settings,
      AuditTrail audit,
      Clock clock) {
    this.organisations = organisations;
    this.users = users;
    this.invitations = invitations;
    this.refreshTokens = refreshTokens;
    this.passwords = passwords;
    this.issuer = issuer;
    this.settings = settings;
    this.audit = audit;
    this.clock = clock;
  }

  @Serdeable
  record InviteCommand(@Nullable String email, @Nullable String role) {}

  @Serdeable
  record CreatedInvitation(
      UUID id, String email, MemberRole role, Instant expiresAt, String token) {}

  @Serdeable
  record OpenInvitation(
      UUID id, String email, MemberRole role, Instant expiresAt, String invitedBy) {}

  @Serdeable
  record InvitationPreview(
      String email, MemberRole role, AccountViews.OrganisationView organisation) {}

  @Serdeable
  record AcceptCommand(@Nullable String displayName, @Nullable String password) {}

  @Transactional(readOnly = true)
  AccountViews.Me me(Actor actor) {
    UserAccount user =
        users
            .findActive(actor.userId())
            .orElseThrow(
                () ->
                    ProblemException.unauthorized(
                        "invalid-refresh-token",
                        "Session ended",
                        "This account no longer exists."));
    return AccountViews.me(user, organisations.findById(user.organisationId()).orElseThrow());
  }

  @Transactional(readOnly = true)
  List<AccountViews.Member> list(Actor actor) {
    return users
        .findByOrganisationIdAndRemovedAtIsNullOrderByCreatedAt(actor.organisationId())
        .stream()
        .map(AccountViews::member)
        .toList();
  }

  @Transactional
  CreatedInvitation invite(Actor actor, InviteCommand command) {
    requireAdmin(actor);
    String email = EmailAddress.normalise(command.email());
    MemberRole role = parseRole(command.role());
    new Violations()
        .check("email", EmailAddress.problemWith(email))
        .require(role != null, "role", "must be ORG_ADMIN or MEMBER")
        .throwIfAny();
    if (users.existsByEmailAndRemovedAtIsNull(email)) {
      throw ProblemException.conflict(
          "email-taken",
          "E-mail address already registered",
          "This person already has an account.",
          new ProblemException.FieldError("email", "is already registered"));
    }
    organisations.findByIdForUpdate(actor.organisationId()).orElseThrow();
    Instant now = clock.instant();
    invitations.revokeOpen(actor.organisationId(), email, now);
    String token = SecretTokens.generate();
    Invitation invitation =
        invitations.save(
            new Invitation(
                UUID.randomUUID(),
                actor.organisationId(),
                email,
                role,
                SecretTokens.digest(token),
                actor.userId(),
                now,
                now.plus(settings.invitationLifetime()),
                null,
                null));
    audit.record(
        actor,
        "invitation.created",
        "invitation",
        invitation.id(),
        null,
        new OpenInvitation(
            invitation.id(), email, role, invitation.expiresAt(), actor.userId().toString()));
    return new CreatedInvitation(invitation.id(), email, role, invitation.expiresAt(), token);
  }

  @Transactional(readOnly = true)
  List<OpenInvitation> openInvitations(Actor actor) {
    requireAdmin(actor);
    return invitations.findOpen(actor.organisationId(), clock.instant()).stream()
        .map(
            invitation ->
                new OpenInvitation(
                    invitation.id(),
                    invitation.email(),
                    invitation.role(),
                    invitation.expiresAt(),
                    users
                        .findById(invitation.invitedBy())
                        .map(UserAccount::displayName)
                        .orElse("")))
        .toList();
  }

  @Transactional
  void revokeInvitation(Actor actor, UUID invitationId) {
    requireAdmin(actor);
    Invitation invitation =
        invitations
            .findByIdAndOrganisationId(invitationId, actor.organisationId())
            .filter(found -> found.openAt(clock.instant()))
            .orElseThrow(() -> ProblemException.notFound("The invitation"));
    invitations.revoke(invitation.id(), clock.instant());
    audit.record(actor, "invitation.revoked", "invitation", invitation.id(), null, null);
  }

  @Transactional(readOnly = true)
  InvitationPreview preview(String token) {
    Invitation invitation = openInvitation(token, false);
    Organisation organisation = organisations.findById(invitation.organisationId()).orElseThrow();
    return new InvitationPreview(
        invitation.email(), invitation.role(), AccountViews.organisation(organisation));
  }

  @Transactional
  Session accept(String token, AcceptCommand command) {
    Invitation invitation = openInvitation(token, true);
    new Violations()
        .text("displayName", command.displayName(), 100)
        .check("password", PasswordPolicy.problemWith(command.password(), invitation.email()))
        .throwIfAny();
    Organisation organisation =
        organisations.findByIdForUpdate(invitation.organisationId()).orElseThrow();
    Instant now = clock.instant();
    UserAccount user;
    try {
      user =
          users.save(
              new UserAccount(
                  UUID.randomUUID(),
                  organisation.id(),
                  invitation.email(),
                  command.displayName().strip(),
                  passwords.hash(command.password()),
                  invitation.role(),
                  now,
                  null,
                  null));
    } catch (RuntimeException e) {
      if (Constraints.violatedUnique(e, "app_user_active_email")) {
        throw Registration.emailTaken();
      }
      throw e;
    }
    invitations.accept(invitation.id(), now);
    Session session = issuer.issue(user, organisation, UUID.randomUUID());
    audit.record(
        session.actor(),
        "user.created",
        "user",
        user.id(),
        null,
        AccountViews.AuditedUser.of(user));
    return session;
  }

  @Transactional
  AccountViews.Member changeRole(Actor actor, UUID userId, String requestedRole) {
    requireAdmin(actor);
    MemberRole role = parseRole(requestedRole);
    new Violations().require(role != null, "role", "must be ORG_ADMIN or MEMBER").throwIfAny();
    organisations.findByIdForUpdate(actor.organisationId()).orElseThrow();
    UserAccount member = memberOf(actor, userId);
    if (member.role() == role) {
      return AccountViews.member(member);
    }
    if (member.role() == MemberRole.ORG_ADMIN) {
      requireAnotherAdmin(actor);
    }
    UserAccount changed = users.update(member.withRole(role));
    audit.record(
        actor,
        "user.role-changed",
        "user",
        userId,
        AccountViews.AuditedUser.of(member),
        AccountViews.AuditedUser.of(changed));
    return AccountViews.member(changed);
  }

  @Transactional
  void remove(Actor actor, UUID userId) {
    requireAdmin(actor);
    organisations.findByIdForUpdate(actor.organisationId()).orElseThrow();
    UserAccount member = memberOf(actor, userId);
    if (member.role() == MemberRole.ORG_ADMIN) {
      requireAnotherAdmin(actor);
    }
    Instant now = clock.instant();
    UserAccount removed = users.update(member.removedAt(now));
    refreshTokens.revokeAllOfUser(userId, now);
    audit.record(
        actor,
        "user.removed",
        "user",
        userId,
        AccountViews.AuditedUser.of(member),
        AccountViews.AuditedUser.of(removed));
  }

  private Invitation openInvitation(String token, boolean lock) {
    String digest = SecretTokens.digest(token == null ? "" : token);
    return (lock
            ? invitations.findByTokenHashForUpdate(digest)
            : invitations.findByTokenHash(digest))
        .filter(invitation -> invitation.openAt(clock.instant()))
        .orElseThrow(() -> ProblemException.notFound("The invitation"));
  }

  /** A member of the actor's own organisation; others do not exist as far as the actor knows. */
  private UserAccount memberOf(Actor actor, UUID userId) {
    return users
        .findActive(userId)
        .filter(user -> actor.belongsTo(user.organisationId()))
        .orElseThrow(() -> ProblemException.notFound("The member"));
  }

  private void requireAnotherAdmin(Actor actor) {
    if (users.countByOrganisationIdAndRoleAndRemovedAtIsNull(
            actor.organisationId(), MemberRole.ORG_ADMIN)
        <= 1) {
      throw ProblemException.conflict(
          "last-admin",
          "Last administrator",
          "The organisation must keep at least one administrator.");
    }
  }

  private static void requireAdmin(Actor actor) {
    if (!actor.isAdmin()) {
      throw ProblemException.forbidden("Only an organisation administrator may manage members.");
    }
  }

  private static MemberRole parseRole(String role) {
    return Arrays.stream(MemberRole.values())
        .filter(value -> value.name().equals(role))
        .findFirst()
        .orElse(null);
  }
}
