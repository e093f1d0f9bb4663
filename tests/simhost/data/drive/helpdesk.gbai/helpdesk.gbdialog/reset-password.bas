PARAM login AS STRING LIKE "ana.lima" DESCRIPTION "The user's login name"
DESCRIPTION "Sends a password reset link to the user's registered e-mail"

user = FIND "users.csv", "login=" + login
IF ISEMPTY(user) THEN
  TALK "I could not find the login " + login + "."
  RETURN "not found"
END IF

link = GET "https://login.example.com/api/reset?login=" + login
SEND EMAIL user.email, "Password reset", "Open this link within 30 minutes: " + link
TALK "I sent a reset link to the e-mail registered for " + login + "."
