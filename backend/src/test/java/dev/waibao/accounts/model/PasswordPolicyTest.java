package dev.waibao.accounts.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  @Test
  void acceptsTenCharactersWithALetterAndADigit() {
    assertThat(PasswordPolicy.problemWith("harbin2026x", "a@b.example")).isEmpty();
  }

  @Test
  void refusesShortPasswords() {
    assertThat(PasswordPolicy.problemWith("abc123", "a@b.example"))
        .contains("must be between 10 and 128 characters");
  }

  @Test
  void refusesPasswordsWithoutADigitOrWithoutALetter() {
    assertThat(PasswordPolicy.problemWith("onlyletters-here", "a@b.example"))
        .contains("must contain at least one letter and one digit");
    assertThat(PasswordPolicy.problemWith("1234567890123", "a@b.example"))
        .contains("must contain at least one letter and one digit");
  }

  @Test
  void refusesTheUsersOwnEmailAddress() {
    assertThat(PasswordPolicy.problemWith("Wang1@bank.example", "wang1@bank.example"))
        .contains("must not be your e-mail address");
  }

  @Test
  void countsCharactersNotBytes() {
    assertThat(PasswordPolicy.problemWith("外包服务平台密码安全1", "a@b.example")).isEmpty();
  }
}
