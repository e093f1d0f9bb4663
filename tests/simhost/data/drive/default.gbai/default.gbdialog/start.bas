' start.bas - greets the user and offers the main topics
USE KB "docs"
CLEAR SUGGESTIONS
ADD SUGGESTION "weather" AS "What is the weather like?"
ADD SUGGESTION "docs" AS "How do I use this bot?"

BEGIN TALK
Hello! I am the General Bots assistant.
I can answer questions from the documentation or check the weather.
END TALK

HEAR topic
IF topic = "weather" THEN
  TALK "Which city?"
ELSE
  TALK "Ask me anything about the docs."
END IF
