USE KB "catalog"
CLEAR SUGGESTIONS
ADD SUGGESTION "prices" AS "Show me the price list"
ADD SUGGESTION "quote" AS "I want a quote"

TALK "Hi! I can help you choose a plan."
HEAR plan AS "Basic", "Pro", "Enterprise"
SELECT plan
  CASE "Basic"
    TALK "Basic costs 10 EUR per user per month."
  CASE "Pro"
    TALK "Pro costs 25 EUR per user per month."
  CASE "Enterprise"
    TALK "Enterprise is priced per contract; a sales person will contact you."
END SELECT
