@echo off
rem Windows counterpart of ./ipweek: runs target\ipweek.jar with the JVM options explained there.
setlocal
rem UTF-8 console, so that the Chinese messages below and ipweek's own read correctly
chcp 65001 >nul
set "here=%~dp0"
if "%IPWEEK_JAR%"=="" set "IPWEEK_JAR=%here%target\ipweek.jar"
if not exist "%IPWEEK_JAR%" (
  echo 找不到 %IPWEEK_JAR%：请先运行 mvn -q package -DskipTests 1>&2
  exit /b 2
)
set "vm=-XX:TieredStopAtLevel=1 -XX:+UseParallelGC"
if "%IPWEEK_HEAP%"=="" (
  set "IPWEEK_HEAP=1g"
  set "vm=-XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Xms768m"
)
if /i "%~1"=="serve" set "vm="
java %vm% -Xmx%IPWEEK_HEAP% -XX:MetaspaceSize=128m %IPWEEK_JAVA_OPTS% -jar "%IPWEEK_JAR%" %*
exit /b %ERRORLEVEL%
