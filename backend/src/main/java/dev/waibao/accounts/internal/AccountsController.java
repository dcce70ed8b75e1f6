package dev.waibao.accounts.internal;

import dev.waibao.shared.security.Actor;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Registration, sign-in and sessions, one's own account, and an organisation's members. */
@Controller("/api")
@Tag(name = "Accounts")
class AccountsController {

  private final Registration registration;
  private final Sessions sessions;
  private final Passwords passwords;
  private final Members members;
  private final HttpClientAddressResolver addresses;

  AccountsController(
      Registration registration,
      Sessions sessions,
      Passwords passwords,
      Members members,
      HttpClientAddressResolver addresses) {
    this.registration = registration;
    this.sessions = sessions;
    this.passwords = passwords;
    this.members = members;
    this.addresses = addresses;
  }

  @Serdeable
  record SignInRequest(@Nullable String email, @Nullable String password) {}

  @Serdeable
  record RefreshRequest(@Nullable String refreshToken) {}

  @Serdeable
  record RoleRequest(@Nullable String role) {}

  @Post("/accounts/registrations")
  @Secured(SecurityRule.IS_ANONYMOUS)
  @Status(HttpStatus.CREATED)
  @Operation(summary = "Register an organisation (client, vendor or park operator) and its admin")
  AccountViews.SessionView register(@Body Registration.RegisterCommand command) {
    return AccountViews.SessionView.of(registration.register(command));
  }

  @Post("/auth/sign-in")
  @Secured(SecurityRule.IS_ANONYMOUS)
  @Operation(summary = "Sign in with e-mail address and password")
  AccountViews.SessionView signIn(HttpRequest<?> request, @Body SignInRequest body) {
    String address = Objects.requireNonNullElse(addresses.resolve(request), "unknown");
    return AccountViews.SessionView.of(sessions.signIn(body.email(), body.password(), address));
  }

  @Post("/auth/refresh")
  @Secured(SecurityRule.IS_ANONYMOUS)
  @Operation(summary = "Exchange a refresh token for a new session (the token rotates)")
  AccountViews.SessionView refresh(@Body RefreshRequest body) {
    return AccountViews.SessionView.of(sessions.refresh(body.refreshToken()));
  }

  @Post("/auth/sign-out")
  @Secured(SecurityRule.IS_ANONYMOUS)
  @Status(HttpStatus.NO_CONTENT)
  @Operation(summary = "End the session a refresh token belongs to")
  void signOut(@Body RefreshRequest body) {
    sessions.signOut(body.refreshToken());
  }

  @Get("/me")
  @Secured(SecurityRule.IS_AUTHENTICATED)
  @Operation(summary = "The signed-in user and their organisation")
  AccountViews.Me me(Authentication authentication) {
    return members.me(Actor.of(authentication));
  }

  @Post("/me/password")
  @Secured(SecurityRule.IS_AUTHENTICATED)
  @Operation(summary = "Change one's password; every other session ends")
  AccountViews.SessionView changePassword(
      Authentication authentication, @Body Passwords.ChangePasswordCommand command) {
    return AccountViews.SessionView.of(passwords.change(Actor.of(authentication), command));
  }

  @Get("/organisations/me/members")
  @Secured(SecurityRule.IS_AUTHENTICATED)
  @Operation(summary = "The members of one's organisation")
  List<AccountViews.Member> members(Authentication authentication) {
    return members.list(Actor.of(authentication));
  }

  @Post("/organisations/me/invitations")
  @Secured("ORG_ADMIN")
  @Status(HttpStatus.CREATED)
  @Operation(
      summary = "Invite someone to one's organisation; the response holds the secret link token")
  Members.CreatedInvitation invite(
      Authentication authentication, @Body Members.InviteCommand command) {
    return members.invite(Actor.of(authentication), command);
  }

  @Get("/organisations/me/invitations")
  @Secured("ORG_ADMIN")
  @Operation(summary = "Open invitations of one's organisation")
  List<Members.OpenInvitation> invitations(Authentication authentication) {
    return members.openInvitations(Actor.of(authentication));
  }

  @Delete("/organisations/me/invitations/{id}")
  @Secured("ORG_ADMIN")
  @Status(HttpStatus.NO_CONTENT)
  @Operation(summary = "Revoke an open invitation")
  void revokeInvitation(Authentication authentication, @PathVariable UUID id) {
    members.revokeInvitation(Actor.of(authentication), id);
  }

  @Get("/invitations/{token}")
  @Secured(SecurityRule.IS_ANONYMOUS)
  @Operation(summary = "What an invitation link invites to")
  Members.InvitationPreview invitation(@PathVariable String token) {
    return members.preview(token);
  }

  @Post("/invitations/{token}/accept")
  @Secured(SecurityRule.IS_ANONYMOUS)
  @Status(HttpStatus.CREATED)
  @Operation(summary = "Accept an invitation: creates the account and signs it in")
  AccountViews.SessionView accept(@PathVariable String token, @Body Members.AcceptCommand command) {
    return AccountViews.SessionView.of(members.accept(token, command));
  }

  @Put("/organisations/me/members/{userId}/role")
  @Secured("ORG_ADMIN")
  @Operation(summary = "Change a member's role")
  AccountViews.Member changeRole(
      Authentication authentication, @PathVariable UUID userId, @Body RoleRequest body) {
    return members.changeRole(Actor.of(authentication), userId, body.role());
  }

  @Delete("/organisations/me/members/{userId}")
  @Secured("ORG_ADMIN")
  @Operation(summary = "Remove a member from one's organisation; their sessions end")
  HttpResponse<Void> remove(Authentication authentication, @PathVariable UUID userId) {
    members.remove(Actor.of(authentication), userId);
    return HttpResponse.noContent();
  }
}
