' Helpdesk entry point
ADD TOOL "create-ticket"
USE KB "faq"
USE KB "policies"
SET CONTEXT "role" AS "You are the IT helpdesk of Example Corp."
CLEAR SUGGESTIONS
ADD SUGGESTION "password" AS "I forgot my password"
ADD SUGGESTION "ticket" AS "Open a ticket"
ADD SUGGESTION "vpn" AS "The VPN does not connect"

BEGIN SYSTEM PROMPT
Answer briefly. When the user reports a problem you cannot solve, offer to open a ticket.
END SYSTEM PROMPT

BEGIN TALK
Welcome to the IT helpdesk, ${username}.
How can I help?
END TALK
