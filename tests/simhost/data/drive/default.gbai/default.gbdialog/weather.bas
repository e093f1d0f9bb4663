PARAM city AS STRING LIKE "Lisbon" DESCRIPTION "City to get the weather for"
DESCRIPTION "Gets the current weather for a city"

forecast = WEATHER city
summary = LCASE(forecast)
IF INSTR(summary, "rain") > 0 THEN
  TALK "Take an umbrella: " + forecast
ELSEIF INSTR(summary, "snow") > 0 THEN
  TALK "Dress warmly: " + forecast
ELSE
  TALK "Weather in " + city + ": " + forecast
END IF
RETURN forecast
