<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About GB Admin</source>
        <translation>Acerca de GB Admin</translation>
    </message>
    <message>
        <source>GB Admin icon</source>
        <translation>Icono de GB Admin</translation>
    </message>
    <message>
        <source>Desktop administration for General Bots hosts: containers, bots, drive, DNS and CI over SSH, with confirmations on production and a journal of every change.</source>
        <translation>Administración de hosts de General Bots desde el escritorio: contenedores, bots, drive, DNS y CI por SSH, con confirmación en producción y un registro de cada cambio.</translation>
    </message>
    <message>
        <source>Free software under the GNU Affero General Public License, version 3 or later.</source>
        <translation>Software libre bajo la GNU Affero General Public License, versión 3 o posterior.</translation>
    </message>
    <message>
        <source>&amp;Running with:</source>
        <translation>&amp;Ejecutándose con:</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>GB Admin %1</source>
        <translation>GB Admin %1</translation>
    </message>
    <message>
        <source>&amp;Copy Versions</source>
        <translation>&amp;Copiar versiones</translation>
    </message>
    <message>
        <source>Copy the versions above as text, for a bug report</source>
        <translation>Copia las versiones anteriores como texto, para un informe de error</translation>
    </message>
    <message>
        <source>Syntax highlighting</source>
        <translation>Resaltado de sintaxis</translation>
    </message>
    <message>
        <source>built-in (KSyntaxHighlighting was not available at build time)</source>
        <translation>integrado (KSyntaxHighlighting no estaba disponible al compilar)</translation>
    </message>
</context>
<context>
    <name>AutosaveRecoveryWidget</name>
    <message>
        <source>Unsaved edits from an earlier session</source>
        <translation>Ediciones sin guardar de una sesión anterior</translation>
    </message>
    <message>
        <source>GB Admin kept these edits when it was closed or stopped before they were saved. Restore one to continue editing it; saving still checks that the file on the host did not change meanwhile.</source>
        <translation>GB Admin conservó estas ediciones cuando se cerró o se detuvo antes de guardarlas. Restaure una para seguir editándola; al guardar se sigue comprobando que el archivo del host no haya cambiado mientras tanto.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Kept at</source>
        <translation>Guardado el</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Descartar…</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Más &amp;tarde</translation>
    </message>
    <message>
        <source>Hide this list; the edits stay kept until restored or discarded.</source>
        <translation>Ocultar esta lista; las ediciones se conservan hasta restaurarlas o descartarlas.</translation>
    </message>
    <message>
        <source>Discard unsaved edit</source>
        <translation>Descartar edición sin guardar</translation>
    </message>
    <message>
        <source>Discard the unsaved edit of %1? It cannot be recovered afterwards.</source>
        <translation>¿Descartar la edición sin guardar de %1? No se podrá recuperar después.</translation>
    </message>
</context>
<context>
    <name>AutosaveStore</name>
    <message>
        <source>Cannot create the folder for unsaved edits %1.</source>
        <translation>No se puede crear la carpeta para ediciones sin guardar %1.</translation>
    </message>
    <message>
        <source>Cannot keep the unsaved edit of %1: %2</source>
        <translation>No se puede conservar la edición sin guardar de %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an unsaved edit of this version of GB Admin.</source>
        <translation>%1 no es una edición sin guardar de esta versión de GB Admin.</translation>
    </message>
    <message>
        <source>%1 names no usable remote file: %2</source>
        <translation>%1 no indica ningún archivo remoto utilizable: %2</translation>
    </message>
    <message>
        <source>The unsaved edit of %1 in %2 is damaged.</source>
        <translation>La edición sin guardar de %1 en %2 está dañada.</translation>
    </message>
    <message>
        <source>No unsaved edit of %1 is kept.</source>
        <translation>No se conserva ninguna edición sin guardar de %1.</translation>
    </message>
    <message>
        <source>%1 belongs to another file.</source>
        <translation>%1 pertenece a otro archivo.</translation>
    </message>
    <message>
        <source>Cannot remove the kept edit of %1: %2</source>
        <translation>No se puede eliminar la edición conservada de %1: %2</translation>
    </message>
</context>
<context>
    <name>BasicLint</name>
    <message>
        <source>This line starts with &quot;REM&quot;, so the compiler drops it as a comment (%1 never runs).</source>
        <translation>Esta línea empieza por &quot;REM&quot;, así que el compilador la descarta como comentario (%1 nunca se ejecuta).</translation>
    </message>
    <message>
        <source>The compiler recognises %1 only in upper case.</source>
        <translation>El compilador reconoce %1 solo en mayúsculas.</translation>
    </message>
    <message>
        <source>Only ELSEIF is recognised: &quot;ELSE IF&quot; opens a new IF that is never closed.</source>
        <translation>Solo se reconoce ELSEIF: &quot;ELSE IF&quot; abre un nuevo IF que nunca se cierra.</translation>
    </message>
    <message>
        <source>A single-line IF … THEN statement: the compiler drops &quot;%1&quot;; put it on its own line and close with END IF.</source>
        <translation>Una instrucción IF … THEN de una sola línea: el compilador descarta &quot;%1&quot;; póngalo en su propia línea y cierre con END IF.</translation>
    </message>
    <message>
        <source>A trailing &apos; comment reaches Rhai as a character literal and fails to compile; use // instead.</source>
        <translation>Un comentario &apos; al final de la línea llega a Rhai como literal de carácter y no compila; use // en su lugar.</translation>
    </message>
    <message>
        <source>SELECT CASE is not recognised: write SELECT followed by the variable.</source>
        <translation>SELECT CASE no se reconoce: escriba SELECT seguido de la variable.</translation>
    </message>
    <message>
        <source>CASE ELSE is not recognised: it compares the value with the text &quot;ELSE&quot;.</source>
        <translation>CASE ELSE no se reconoce: compara el valor con el texto &quot;ELSE&quot;.</translation>
    </message>
    <message>
        <source>&amp; is not string concatenation in GB BASIC (it is Rhai&apos;s bitwise AND); use +.</source>
        <translation>&amp; no es concatenación de cadenas en GB BASIC (es el AND bit a bit de Rhai); use +.</translation>
    </message>
    <message>
        <source>There is no _ line continuation: end the line with a comma to continue a statement, or join the lines.</source>
        <translation>No existe continuación de línea con _: termine la línea con una coma para continuar una instrucción, o una las líneas.</translation>
    </message>
    <message>
        <source>END FOR does not close FOR EACH: write NEXT followed by the loop variable.</source>
        <translation>END FOR no cierra FOR EACH: escriba NEXT seguido de la variable del bucle.</translation>
    </message>
    <message>
        <source>OPTIONAL is ignored: the compiler marks every PARAM as required.</source>
        <translation>OPTIONAL se ignora: el compilador marca todo PARAM como obligatorio.</translation>
    </message>
</context>
<context>
    <name>BotListModel</name>
    <message>
        <source>not tracked (older botserver)</source>
        <translation>sin seguimiento (botserver antiguo)</translation>
    </message>
    <message>
        <source>not seen by DriveMonitor</source>
        <translation>DriveMonitor no lo ha visto</translation>
    </message>
    <message>
        <source>skipped: failed %1 times</source>
        <translation>omitido: falló %1 veces</translation>
    </message>
    <message>
        <source>pending (failed %1 times)</source>
        <translation>pendiente (falló %1 veces)</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>aplicado</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>DriveMonitor runs only for active bots.</source>
        <translation>DriveMonitor solo se ejecuta para bots activos.</translation>
    </message>
    <message>
        <source>No bucket %1: the bot has no files; DriveMonitor has nothing to sync.</source>
        <translation>No hay bucket %1: el bot no tiene archivos; DriveMonitor no tiene nada que sincronizar.</translation>
    </message>
    <message>
        <source>DriveMonitor skips %1 after %2 failures. Remove it from Drive or fix the file and upload it again.</source>
        <translation>DriveMonitor omite %1 tras %2 fallos. Quítelo de Drive o corrija el archivo y súbalo de nuevo.</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Config changed</source>
        <translation>Config. cambiada</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <source>Scripts</source>
        <translation>Scripts</translation>
    </message>
    <message>
        <source>KB files</source>
        <translation>Archivos de la KB</translation>
    </message>
    <message>
        <source>config.csv (DriveMonitor)</source>
        <translation>config.csv (DriveMonitor)</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
</context>
<context>
    <name>BotOperations</name>
    <message>
        <source>Activate bot %1</source>
        <translation>Activar el bot %1</translation>
    </message>
    <message>
        <source>Deactivate bot %1</source>
        <translation>Desactivar el bot %1</translation>
    </message>
</context>
<context>
    <name>BotQueries</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>%1: exit status %2.</source>
        <translation>%1: estado de salida %2.</translation>
    </message>
    <message>
        <source>List bots</source>
        <translation>Listar bots</translation>
    </message>
    <message>
        <source>Unexpected columns from the bots query: %1</source>
        <translation>Columnas inesperadas en la consulta de bots: %1</translation>
    </message>
    <message>
        <source>Read bot configuration</source>
        <translation>Leer la configuración del bot</translation>
    </message>
    <message>
        <source>Unexpected columns from the configuration query.</source>
        <translation>Columnas inesperadas en la consulta de configuración.</translation>
    </message>
    <message>
        <source>List buckets</source>
        <translation>Listar buckets</translation>
    </message>
    <message>
        <source>Listing the buckets failed</source>
        <translation>No se pudieron listar los buckets</translation>
    </message>
    <message>
        <source>List bucket %1.gbai</source>
        <translation>Listar el bucket %1.gbai</translation>
    </message>
    <message>
        <source>Listing bucket %1 failed</source>
        <translation>No se pudo listar el bucket %1</translation>
    </message>
</context>
<context>
    <name>BotsPane</name>
    <message>
        <source>Select a bot to see its configuration.</source>
        <translation>Seleccione un bot para ver su configuración.</translation>
    </message>
    <message>
        <source>What botserver&apos;s config.csv parsers would do wrong:</source>
        <translation>Lo que harían mal los analizadores de config.csv del botserver:</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Sin cambios: %1</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Read the bots, their buckets and configuration again</source>
        <translation>Volver a leer los bots, sus buckets y su configuración</translation>
    </message>
    <message>
        <source>Save config.csv</source>
        <translation>Guardar config.csv</translation>
    </message>
    <message>
        <source>Upload the edited config.csv (backup first, stops if someone else changed it) and follow it into bot_configuration</source>
        <translation>Subir el config.csv editado (copia de seguridad antes; se detiene si otra persona lo cambió) y seguirlo hasta bot_configuration</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Drop the unsaved edits and read config.csv again</source>
        <translation>Descartar las ediciones sin guardar y volver a leer config.csv</translation>
    </message>
    <message>
        <source>Add key…</source>
        <translation>Añadir clave…</translation>
    </message>
    <message>
        <source>Add a key,value line to config.csv</source>
        <translation>Añadir una línea clave,valor a config.csv</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Quitar línea</translation>
    </message>
    <message>
        <source>Remove the key&apos;s lines from config.csv</source>
        <translation>Quitar las líneas de la clave de config.csv</translation>
    </message>
    <message>
        <source>Reveal secret</source>
        <translation>Revelar secreto</translation>
    </message>
    <message>
        <source>Show the selected secret value in clear</source>
        <translation>Mostrar en claro el valor secreto seleccionado</translation>
    </message>
    <message>
        <source>Force re-sync</source>
        <translation>Resincronizar</translation>
    </message>
    <message>
        <source>Copy config.csv onto itself: the new ETag makes DriveMonitor apply it again</source>
        <translation>Copiar config.csv sobre sí mismo: el nuevo ETag hace que DriveMonitor lo aplique de nuevo</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Set bots.is_active (DriveMonitor runs only for active bots)</source>
        <translation>Establecer bots.is_active (DriveMonitor solo se ejecuta para bots activos)</translation>
    </message>
    <message>
        <source>Open in Drive</source>
        <translation>Abrir en Drive</translation>
    </message>
    <message>
        <source>Show the bot&apos;s bucket in the Drive pane</source>
        <translation>Mostrar el bucket del bot en el panel Drive</translation>
    </message>
    <message>
        <source>Reload config.csv</source>
        <translation>Recargar config.csv</translation>
    </message>
    <message>
        <source>Could not read the bots from the botserver database: %1</source>
        <translation>No se pudieron leer los bots de la base de datos del botserver: %1</translation>
    </message>
    <message>
        <source>The botserver database has no bots. A bucket named &lt;bot&gt;.gbai in Drive creates one: botserver scans for new buckets every few seconds.</source>
        <translation>La base de datos del botserver no tiene bots. Un bucket llamado &lt;bot&gt;.gbai en Drive crea uno: el botserver busca buckets nuevos cada pocos segundos.</translation>
    </message>
    <message>
        <source>The bots are listed, but Drive could not be read: %1</source>
        <translation>Los bots se listaron, pero no se pudo leer Drive: %1</translation>
    </message>
    <message>
        <source>Unsaved config.csv</source>
        <translation>config.csv sin guardar</translation>
    </message>
    <message>
        <source>The edits of config.csv of %1 are not saved. Drop them?</source>
        <translation>Las ediciones del config.csv de %1 no están guardadas. ¿Descartarlas?</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Could not read bot_configuration: %1</source>
        <translation>No se pudo leer bot_configuration: %1</translation>
    </message>
    <message>
        <source>Could not read config.csv: %1</source>
        <translation>No se pudo leer config.csv: %1</translation>
    </message>
    <message>
        <source>The bucket %1 does not exist: %2 has no files in Drive, so DriveMonitor has nothing to sync. The configuration below is what bot_configuration holds.</source>
        <translation>El bucket %1 no existe: %2 no tiene archivos en Drive, así que DriveMonitor no tiene nada que sincronizar. La configuración de abajo es lo que contiene bot_configuration.</translation>
    </message>
    <message>
        <source>DriveMonitor skips %1: it failed %2 times (max 5), so changes to config.csv are not applied. Fix the file, remove it from Drive and upload it again (a re-sync does not reset the count).</source>
        <translation>DriveMonitor omite %1: falló %2 veces (máx. 5), así que los cambios en config.csv no se aplican. Corrija el archivo, quítelo de Drive y súbalo de nuevo (una resincronización no reinicia el contador).</translation>
    </message>
    <message>
        <source>%1 is inactive: DriveMonitor does not sync its files.</source>
        <translation>%1 está inactivo: DriveMonitor no sincroniza sus archivos.</translation>
    </message>
    <message>
        <source>%1 has no config.csv yet. Adding a key creates it (with the name,value header older versions need).</source>
        <translation>%1 todavía no tiene config.csv. Añadir una clave lo crea (con la cabecera name,value que necesitan las versiones antiguas).</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) of config.csv are not applied in bot_configuration.</source>
        <translation>
            <numerusform>%n clave de config.csv no está aplicada en bot_configuration.</numerusform>
            <numerusform>%n claves de config.csv no están aplicadas en bot_configuration.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) exist only in the database: deleting a line never deletes a key.</source>
        <translation>
            <numerusform>%n clave existe solo en la base de datos: eliminar una línea nunca elimina una clave.</numerusform>
            <numerusform>%n claves existen solo en la base de datos: eliminar una línea nunca elimina una clave.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>config.csv is applied. %n key(s) exist only in the database: deleting a line never deletes a key.</source>
        <translation>
            <numerusform>config.csv está aplicado. %n clave existe solo en la base de datos: eliminar una línea nunca elimina una clave.</numerusform>
            <numerusform>config.csv está aplicado. %n claves existen solo en la base de datos: eliminar una línea nunca elimina una clave.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>Add key</source>
        <translation>Añadir clave</translation>
    </message>
    <message>
        <source>Key (e.g. llm-model, theme-title, param-name):</source>
        <translation>Clave (p. ej. llm-model, theme-title, param-name):</translation>
    </message>
    <message>
        <source>Value of %1:</source>
        <translation>Valor de %1:</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>No añadido: %1</translation>
    </message>
    <message>
        <source>“%1” removed from config.csv. Deleting a line never deletes a key: bot_configuration keeps its value until the row is removed from the database.</source>
        <translation>“%1” se quitó de config.csv. Eliminar una línea nunca elimina una clave: bot_configuration conserva su valor hasta que se quite la fila de la base de datos.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 falló: %2</translation>
    </message>
    <message>
        <source>Waiting for DriveMonitor to apply config.csv to bot_configuration…</source>
        <translation>Esperando a que DriveMonitor aplique config.csv a bot_configuration…</translation>
    </message>
    <message>
        <source>Applied: %1</source>
        <translation>Aplicado: %1</translation>
    </message>
    <message>
        <source>Applied: bot_configuration shows the saved config.csv.</source>
        <translation>Aplicado: bot_configuration muestra el config.csv guardado.</translation>
    </message>
    <message>
        <source>Hide secret</source>
        <translation>Ocultar secreto</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Activar</translation>
    </message>
    <message>
        <source>Bots</source>
        <translation>Bots</translation>
    </message>
    <message>
        <source>Unsaved edits are not kept on this computer: %1</source>
        <translation>Las ediciones sin guardar no se conservan en este equipo: %1</translation>
    </message>
    <message>
        <source>Checking that config.csv did not change on the host…</source>
        <translation>Comprobando que config.csv no haya cambiado en el host…</translation>
    </message>
    <message>
        <source>Saving config.csv over the version shown…</source>
        <translation>Guardando config.csv sobre la versión mostrada…</translation>
    </message>
    <message>
        <source>Not saved; nothing was written.</source>
        <translation>No se guardó; no se escribió nada.</translation>
    </message>
    <message>
        <source>Saving config.csv (backup, upload, verify)…</source>
        <translation>Guardando config.csv (copia de seguridad, subida, verificación)…</translation>
    </message>
    <message>
        <source>Restored the unsaved edit of config.csv kept at %1. Save to upload it; if config.csv changed on the host since, saving stops and shows both versions.</source>
        <translation>Se restauró la edición sin guardar de config.csv conservada en %1. Guarde para subirla; si config.csv cambió en el host desde entonces, el guardado se detiene y muestra ambas versiones.</translation>
    </message>
    <message>
        <source>Your edits are still here (and kept locally).</source>
        <translation>Sus ediciones siguen aquí (y se conservan localmente).</translation>
    </message>
    <message>
        <source>Not applied while %1 is inactive.</source>
        <translation>No se aplica mientras %1 esté inactivo.</translation>
    </message>
    <message>
        <source>%1 is inactive, so DriveMonitor does not apply config.csv; activate the bot to apply it.</source>
        <translation>%1 está inactivo, así que DriveMonitor no aplica config.csv; active el bot para aplicarlo.</translation>
    </message>
    <message>
        <source>Waiting for DriveMonitor to apply config.csv (it polls every few seconds)…</source>
        <translation>Esperando a que DriveMonitor aplique config.csv (consulta cada pocos segundos)…</translation>
    </message>
</context>
<context>
    <name>Ci</name>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Fallo</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En ejecución</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
</context>
<context>
    <name>Ci::Forgejo</name>
    <message>
        <source>The database answer lacks the column %1.</source>
        <translation>A la respuesta de la base de datos le falta la columna %1.</translation>
    </message>
    <message>
        <source>List CI runs</source>
        <translation>Listar ejecuciones de CI</translation>
    </message>
    <message>
        <source>Read CI run</source>
        <translation>Leer ejecución de CI</translation>
    </message>
    <message>
        <source>Read CI jobs</source>
        <translation>Leer trabajos de CI</translation>
    </message>
    <message>
        <source>Read CI steps</source>
        <translation>Leer pasos de CI</translation>
    </message>
    <message>
        <source>The task no longer exists in the database.</source>
        <translation>La tarea ya no existe en la base de datos.</translation>
    </message>
    <message>
        <source>Read a CI log index</source>
        <translation>Leer un índice de registro de CI</translation>
    </message>
    <message>
        <source>Read a CI task</source>
        <translation>Leer una tarea de CI</translation>
    </message>
    <message>
        <source>Read a running CI log</source>
        <translation>Leer un registro de CI en ejecución</translation>
    </message>
    <message>
        <source>Find the last green run</source>
        <translation>Buscar la última ejecución en verde</translation>
    </message>
</context>
<context>
    <name>Ci::JobTreeModel</name>
    <message>
        <source>Task %1 on runner %2</source>
        <translation>Tarea %1 en el runner %2</translation>
    </message>
    <message>
        <source>%1 (attempt %2)</source>
        <translation>%1 (intento %2)</translation>
    </message>
    <message>
        <source>Attempt %1</source>
        <translation>Intento %1</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
</context>
<context>
    <name>Ci::LogCache</name>
    <message>
        <source>Could not store the downloaded log in %1.</source>
        <translation>No se pudo guardar el registro descargado en %1.</translation>
    </message>
</context>
<context>
    <name>Ci::LogLoader</name>
    <message>
        <source>Logs have been purged because they were too old (Forgejo&apos;s LOG_RETENTION_DAYS). The steps and their line counts are kept.</source>
        <translation>Los registros se purgaron por ser demasiado antiguos (LOG_RETENTION_DAYS de Forgejo). Se conservan los pasos y sus recuentos de líneas.</translation>
    </message>
    <message>
        <source>This attempt has no log yet.</source>
        <translation>Este intento todavía no tiene registro.</translation>
    </message>
    <message>
        <source>The log file %1 is missing from the log storage.</source>
        <translation>Falta el archivo de registro %1 en el almacenamiento de registros.</translation>
    </message>
    <message>
        <source>Cannot write the log cache: %1</source>
        <translation>No se puede escribir la caché de registros: %1</translation>
    </message>
    <message>
        <source>Download a CI log</source>
        <translation>Descargar un registro de CI</translation>
    </message>
    <message>
        <source>Download canceled.</source>
        <translation>Descarga cancelada.</translation>
    </message>
    <message>
        <source>The download ended after %1 of %2 bytes.</source>
        <translation>La descarga terminó tras %1 de %2 bytes.</translation>
    </message>
    <message>
        <source>The download failed: %1</source>
        <translation>La descarga falló: %1</translation>
    </message>
</context>
<context>
    <name>Ci::RemoteTaskLog</name>
    <message>
        <source>Read a CI log&apos;s seek table</source>
        <translation>Leer la tabla de búsqueda de un registro de CI</translation>
    </message>
    <message>
        <source>The log file %1 is missing from the log storage.</source>
        <translation>Falta el archivo de registro %1 en el almacenamiento de registros.</translation>
    </message>
    <message>
        <source>Could not read the log file %1: %2</source>
        <translation>No se pudo leer el archivo de registro %1: %2</translation>
    </message>
    <message>
        <source>Could not read the size of the log file %1.</source>
        <translation>No se pudo leer el tamaño del archivo de registro %1.</translation>
    </message>
    <message>
        <source>The file is too short to be a seekable zstd log.</source>
        <translation>El archivo es demasiado corto para ser un registro zstd con búsqueda.</translation>
    </message>
    <message>
        <source>The task has no line index (log_indexes is empty).</source>
        <translation>La tarea no tiene índice de líneas (log_indexes está vacío).</translation>
    </message>
    <message>
        <source>The task&apos;s line index (log_indexes) does not fit its log.</source>
        <translation>El índice de líneas de la tarea (log_indexes) no corresponde a su registro.</translation>
    </message>
    <message>
        <source>frame %1 of the log is damaged: %2</source>
        <translation>el frame %1 del registro está dañado: %2</translation>
    </message>
    <message>
        <source>Read CI log frames</source>
        <translation>Leer frames del registro de CI</translation>
    </message>
    <message>
        <source>could not be read (%1)</source>
        <translation>no se pudo leer (%1)</translation>
    </message>
    <message>
        <source>the file ended early</source>
        <translation>el archivo terminó antes de tiempo</translation>
    </message>
    <message>
        <source>Read a CI log&apos;s seek table and its first and last frames</source>
        <translation>Leer la tabla de búsqueda y los primeros y últimos frames de un registro de CI</translation>
    </message>
</context>
<context>
    <name>Ci::RunListModel</name>
    <message>
        <source>%1s</source>
        <translation>%1s</translation>
    </message>
    <message>
        <source>%1m %2s</source>
        <translation>%1m %2s</translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <translation>%1h %2m</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repositorio</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Flujo de trabajo</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Rama</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
</context>
<context>
    <name>Ci::StepListModel</name>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
</context>
<context>
    <name>Ci::StuckRun</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a run at status 6 (running) can be reset.</source>
        <translation>Solo se puede restablecer una ejecución en estado 6 (en ejecución).</translation>
    </message>
    <message>
        <source>The run says running but none of its tasks does; it can be reset.</source>
        <translation>La ejecución figura en ejecución, pero ninguna de sus tareas lo está; se puede restablecer.</translation>
    </message>
    <message>
        <source>The runner reported %1 ago: the run is making progress.</source>
        <translation>El runner informó hace %1: la ejecución está avanzando.</translation>
    </message>
    <message>
        <source>No report from the runner for %1.</source>
        <translation>Sin informes del runner desde hace %1.</translation>
    </message>
    <message>
        <source>Reset stuck CI run #%1 of %2</source>
        <translation>Restablecer la ejecución de CI atascada #%1 de %2</translation>
    </message>
    <message>
        <source>CI run %1 (%2 #%3)</source>
        <translation>Ejecución de CI %1 (%2 #%3)</translation>
    </message>
    <message>
        <source>Save the run&apos;s statuses</source>
        <translation>Guardar los estados de la ejecución</translation>
    </message>
    <message>
        <source>Reset the run&apos;s statuses to 0</source>
        <translation>Restablecer a 0 los estados de la ejecución</translation>
    </message>
    <message>
        <source>Restore the run&apos;s statuses</source>
        <translation>Restaurar los estados de la ejecución</translation>
    </message>
</context>
<context>
    <name>CiPane</name>
    <message>
        <source>owner/repository</source>
        <translation>propietario/repositorio</translation>
    </message>
    <message>
        <source>workflow (ci.yml)</source>
        <translation>flujo de trabajo (ci.yml)</translation>
    </message>
    <message>
        <source>branch or ref</source>
        <translation>rama o ref</translation>
    </message>
    <message>
        <source>Event that triggered the run</source>
        <translation>Evento que desencadenó la ejecución</translation>
    </message>
    <message>
        <source>push</source>
        <translation>push</translation>
    </message>
    <message>
        <source>pull_request</source>
        <translation>pull_request</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>schedule</translation>
    </message>
    <message>
        <source>workflow_dispatch</source>
        <translation>workflow_dispatch</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>autor</translation>
    </message>
    <message>
        <source>Run status (Forgejo&apos;s 0–7)</source>
        <translation>Estado de la ejecución (0–7 de Forgejo)</translation>
    </message>
    <message>
        <source>Failed first</source>
        <translation>Fallidas primero</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Read the runs again (F5); running runs refresh by themselves</source>
        <translation>Volver a leer las ejecuciones (F5); las que están en curso se actualizan solas</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <source>Error lines of the log (::error, ##[error], failures); click to jump</source>
        <translation>Líneas de error del registro (::error, ##[error], fallos); haga clic para saltar</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Download whole log</source>
        <translation>Descargar registro</translation>
    </message>
    <message>
        <source>Fetch the compressed log once into the local cache (needed for search)</source>
        <translation>Descargar una vez el registro comprimido a la caché local (necesario para buscar)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Copy step log</source>
        <translation>Copiar paso</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copiar enlace</translation>
    </message>
    <message>
        <source>Copy a run/job/attempt/step/line reference the app can open</source>
        <translation>Copiar una referencia de ejecución/trabajo/intento/paso/línea que la aplicación puede abrir</translation>
    </message>
    <message>
        <source>Compare with last green</source>
        <translation>Comparar con la última en verde</translation>
    </message>
    <message>
        <source>Reset stuck run…</source>
        <translation>Restablecer ejecución atascada…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>First differing lines of the failed step (timestamps, durations, hashes and temp paths ignored); double-click to jump into both logs</source>
        <translation>Primeras líneas distintas del paso fallido (se ignoran marcas de tiempo, duraciones, hashes y rutas temporales); doble clic para saltar a ambos registros</translation>
    </message>
    <message>
        <source>Failed run</source>
        <translation>Ejecución fallida</translation>
    </message>
    <message>
        <source>Last green run</source>
        <translation>Última ejecución en verde</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Searching needs the whole log: downloading it once into the cache.</source>
        <translation>La búsqueda necesita el registro completo: se descarga una vez a la caché.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Δ</source>
        <translation>Δ</translation>
    </message>
    <message>
        <source>CI</source>
        <translation>CI</translation>
    </message>
    <message>
        <source>no runs</source>
        <translation>ninguna ejecución</translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <translation>%1–%2 de %3</translation>
    </message>
    <message>
        <source>This job has not run.</source>
        <translation>Este trabajo no se ha ejecutado.</translation>
    </message>
    <message>
        <source>log expired</source>
        <translation>registro caducado</translation>
    </message>
    <message>
        <source>task %1, stored log</source>
        <translation>tarea %1, registro almacenado</translation>
    </message>
    <message>
        <source>task %1, live from the database</source>
        <translation>tarea %1, en vivo desde la base de datos</translation>
    </message>
    <message>
        <source>%1:%2  %3</source>
        <translation>%1:%2  %3</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n line(s) of the step.</source>
        <translation>
            <numerusform>Se copió %n línea del paso.</numerusform>
            <numerusform>Se copiaron %n líneas del paso.</numerusform>
        </translation>
    </message>
    <message>
        <source>No successful run of this job on this branch or the default branch.</source>
        <translation>Ninguna ejecución correcta de este trabajo en esta rama ni en la rama predeterminada.</translation>
    </message>
    <message>
        <source>%1: this run against run #%2 (%3), the last green one.</source>
        <translation>%1: esta ejecución frente a la ejecución #%2 (%3), la última en verde.</translation>
    </message>
    <message>
        <source>event</source>
        <translation>evento</translation>
    </message>
    <message>
        <source>Select a run: its failed job opens on the failed step.</source>
        <translation>Seleccione una ejecución: el job fallido se abre en el paso que falló.</translation>
    </message>
    <message>
        <source>Read the runs again</source>
        <translation>Volver a leer las ejecuciones</translation>
    </message>
    <message>
        <source>The run was not reset: %1</source>
        <translation>La ejecución no se restableció: %1</translation>
    </message>
    <message>
        <source>The runs could not be read: %1</source>
        <translation>No se pudieron leer las ejecuciones: %1</translation>
    </message>
    <message>
        <source>The jobs of the run could not be read: %1</source>
        <translation>No se pudieron leer los jobs de la ejecución: %1</translation>
    </message>
    <message>
        <source>The steps of the job could not be read: %1</source>
        <translation>No se pudieron leer los pasos del job: %1</translation>
    </message>
    <message>
        <source>The last green run has no attempt of this job to compare with.</source>
        <translation>La última ejecución en verde no tiene un intento de este job con el que comparar.</translation>
    </message>
    <message>
        <source>Open link…</source>
        <translation>Abrir enlace…</translation>
    </message>
    <message>
        <source>Open a copied run/job/attempt/step/line reference</source>
        <translation>Abrir una referencia copiada de ejecución/trabajo/intento/paso/línea</translation>
    </message>
    <message>
        <source>Open CI link</source>
        <translation>Abrir enlace de CI</translation>
    </message>
    <message>
        <source>Link (%1):</source>
        <translation>Enlace (%1):</translation>
    </message>
    <message>
        <source>This is not a CI link the app can open: %1</source>
        <translation>Este no es un enlace de CI que la aplicación pueda abrir: %1</translation>
    </message>
    <message>
        <source>Looking for the last green run of %1…</source>
        <translation>Buscando la última ejecución en verde de %1…</translation>
    </message>
</context>
<context>
    <name>CommandFailure</name>
    <message>
        <source>The command ended with exit status %1.</source>
        <translation>El comando terminó con estado de salida %1.</translation>
    </message>
    <message>
        <source>%1 (exit status %2)</source>
        <translation>%1 (estado de salida %2)</translation>
    </message>
    <message>
        <source>The command was killed on the host (signal %1).</source>
        <translation>El comando se terminó en el host (señal %1).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The host did not answer in time.</source>
        <translation>El host no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The command could not run.</source>
        <translation>No se pudo ejecutar el comando.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 falló: %2</translation>
    </message>
</context>
<context>
    <name>CommandHandle</name>
    <message numerus="yes">
        <source>The command printed more than %n MiB; it was stopped so that memory does not run out.</source>
        <translation>
            <numerusform>El comando generó más de %n MiB de salida; se detuvo para no agotar la memoria.</numerusform>
            <numerusform>El comando generó más de %n MiB de salida; se detuvo para no agotar la memoria.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComponentVersions</name>
    <message>
        <source>driver missing</source>
        <translation>falta el controlador</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (compilado con %2)</translation>
    </message>
</context>
<context>
    <name>ConfigApplyFollower</name>
    <message>
        <source>Not connected.</source>
        <translation>Sin conexión.</translation>
    </message>
    <message>
        <source>bot_configuration shows the saved config.csv.</source>
        <translation>bot_configuration muestra el config.csv guardado.</translation>
    </message>
    <message>
        <source>DriveMonitor skips %1: it failed %2 times. Remove it from Drive or fix the file, then upload it again.</source>
        <translation>DriveMonitor omite %1: falló %2 veces. Quítelo de Drive o corrija el archivo y súbalo de nuevo.</translation>
    </message>
    <message>
        <source>The bot is inactive: DriveMonitor does not sync its files.</source>
        <translation>El bot está inactivo: DriveMonitor no sincroniza sus archivos.</translation>
    </message>
    <message numerus="yes">
        <source>bot_configuration still does not show %n key(s) after %1 s: %2. Is botserver running?</source>
        <translation>
            <numerusform>bot_configuration todavía no muestra %n clave tras %1 s: %2. ¿Está en ejecución el botserver?</numerusform>
            <numerusform>bot_configuration todavía no muestra %n claves tras %1 s: %2. ¿Está en ejecución el botserver?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfigCsv</name>
    <message>
        <source>The file starts with a byte-order mark: botserver keeps it as part of the first key. Save without it.</source>
        <translation>El archivo empieza con una marca de orden de bytes (BOM): el botserver la conserva como parte de la primera clave. Guárdelo sin ella.</translation>
    </message>
    <message>
        <source>This line is not valid UTF-8: botserver reads the file as UTF-8 and may reject it or store replacement characters.</source>
        <translation>Esta línea no es UTF-8 válido: el botserver lee el archivo como UTF-8 y puede rechazarlo o guardar caracteres de sustitución.</translation>
    </message>
    <message>
        <source>A carriage return without a line feed: botserver splits lines at line feeds only, so what follows it belongs to this line.</source>
        <translation>Un retorno de carro sin salto de línea: el botserver solo divide las líneas en los saltos de línea, así que lo que sigue pertenece a esta línea.</translation>
    </message>
    <message>
        <source>A comment holding a comma: older botserver versions do not skip &apos;#&apos; lines and would store key “%1”. Keep comments free of commas.</source>
        <translation>Un comentario con una coma: las versiones antiguas del botserver no omiten las líneas con &apos;#&apos; y guardarían la clave “%1”. No ponga comas en los comentarios.</translation>
    </message>
    <message>
        <source>No comma on this line: every botserver version ignores it. Write key,value.</source>
        <translation>No hay ninguna coma en esta línea: todas las versiones del botserver la ignoran. Escriba clave,valor.</translation>
    </message>
    <message>
        <source>The key is empty: botserver ignores this line.</source>
        <translation>La clave está vacía: el botserver ignora esta línea.</translation>
    </message>
    <message>
        <source>Current botserver skips every line starting with “key,”; older versions store it as key “%1”.</source>
        <translation>El botserver actual omite toda línea que empiece por “key,”; las versiones antiguas la guardan como la clave “%1”.</translation>
    </message>
    <message>
        <source>The name,value header: older versions skip line 1; current botserver stores it as key “name” (harmless).</source>
        <translation>La cabecera name,value: las versiones antiguas omiten la línea 1; el botserver actual la guarda como la clave “name” (inofensivo).</translation>
    </message>
    <message>
        <source>Spaces around the key or value: the parsers drop them. Write key,value without spaces.</source>
        <translation>Espacios alrededor de la clave o del valor: los analizadores los descartan. Escriba clave,valor sin espacios.</translation>
    </message>
    <message>
        <source>The value holds a comma: current botserver keeps it whole, but older versions cut it at the second comma and store only “%1”.</source>
        <translation>El valor contiene una coma: el botserver actual lo conserva entero, pero las versiones antiguas lo cortan en la segunda coma y guardan solo “%1”.</translation>
    </message>
    <message>
        <source>Quotes are not CSV quoting here: botserver stores them as part of the value.</source>
        <translation>Las comillas no son delimitadores CSV aquí: el botserver las guarda como parte del valor.</translation>
    </message>
    <message>
        <source>“%1” is also set on line %2; this later line wins.</source>
        <translation>“%1” también se define en la línea %2; prevalece esta línea posterior.</translation>
    </message>
    <message>
        <source>“%1” is not a key botserver is known to read.</source>
        <translation>“%1” no es una clave que se sepa que lee el botserver.</translation>
    </message>
    <message>
        <source>“%1” is not a known key: did you mean “%2”?</source>
        <translation>“%1” no es una clave conocida: ¿quiso decir “%2”?</translation>
    </message>
    <message>
        <source>No name,value header: older botserver versions always skip line 1, so “%1” would never be applied there. Start the file with name,value.</source>
        <translation>Sin cabecera name,value: las versiones antiguas del botserver siempre omiten la línea 1, así que “%1” nunca se aplicaría en ellas. Empiece el archivo con name,value.</translation>
    </message>
    <message>
        <source>No name,value header line: older botserver versions skip line 1; a header there is the safe first line.</source>
        <translation>Sin línea de cabecera name,value: las versiones antiguas del botserver omiten la línea 1; una cabecera ahí es la primera línea segura.</translation>
    </message>
    <message>
        <source>The key is empty.</source>
        <translation>La clave está vacía.</translation>
    </message>
    <message>
        <source>A line break cannot be stored: config.csv holds one setting per line.</source>
        <translation>No se puede guardar un salto de línea: config.csv contiene un ajuste por línea.</translation>
    </message>
    <message>
        <source>A NUL character cannot be stored.</source>
        <translation>No se puede guardar un carácter NUL.</translation>
    </message>
    <message>
        <source>A key cannot hold a comma: the first comma ends the key.</source>
        <translation>Una clave no puede contener una coma: la primera coma termina la clave.</translation>
    </message>
    <message>
        <source>A key cannot start with &apos;#&apos;: botserver skips the line as a comment.</source>
        <translation>Una clave no puede empezar por &apos;#&apos;: el botserver omite la línea como comentario.</translation>
    </message>
    <message>
        <source>Spaces before or after the key would be dropped by botserver; remove them.</source>
        <translation>El botserver descartaría los espacios antes o después de la clave; quítelos.</translation>
    </message>
    <message>
        <source>Current botserver skips every line starting with “key,”: this key can never be applied.</source>
        <translation>El botserver actual omite toda línea que empiece por “key,”: esta clave nunca se puede aplicar.</translation>
    </message>
    <message>
        <source>Spaces before or after the value are dropped by botserver.</source>
        <translation>El botserver descarta los espacios antes o después del valor.</translation>
    </message>
    <message>
        <source>The value holds a comma: older botserver versions keep only “%1”.</source>
        <translation>El valor contiene una coma: las versiones antiguas del botserver conservan solo “%1”.</translation>
    </message>
    <message>
        <source>Quotes are stored as part of the value (config.csv has no quoting).</source>
        <translation>Las comillas se guardan como parte del valor (config.csv no tiene delimitadores).</translation>
    </message>
</context>
<context>
    <name>ConfigDriftModel</name>
    <message>
        <source>(botserver&apos;s built-in default)</source>
        <translation>(valor predeterminado integrado del botserver)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Unknown key: botserver is not known to read it.</source>
        <translation>Clave desconocida: no se sabe que el botserver la lea.</translation>
    </message>
    <message>
        <source>Possible typo: did you mean “%1”?</source>
        <translation>Posible errata: ¿quiso decir “%1”?</translation>
    </message>
    <message>
        <source>Holds a secret: masked here and never written to logs or the journal.</source>
        <translation>Contiene un secreto: aquí se enmascara y nunca se escribe en los registros ni en la bitácora.</translation>
    </message>
    <message>
        <source>Not in config.csv.</source>
        <translation>No está en config.csv.</translation>
    </message>
    <message>
        <source>config.csv line %1</source>
        <translation>línea %1 de config.csv</translation>
    </message>
    <message>
        <source>Value in bot_configuration.</source>
        <translation>Valor en bot_configuration.</translation>
    </message>
    <message>
        <source>Not in bot_configuration.</source>
        <translation>No está en bot_configuration.</translation>
    </message>
    <message>
        <source>botserver uses the bot&apos;s own value.</source>
        <translation>El botserver usa el valor propio del bot.</translation>
    </message>
    <message>
        <source>The bot&apos;s own value is a placeholder or a local path, so botserver uses the default configuration (nil-UUID row).</source>
        <translation>El valor propio del bot es un marcador o una ruta local, así que el botserver usa la configuración predeterminada (fila con UUID nulo).</translation>
    </message>
    <message>
        <source>Not set for this bot: botserver uses the default configuration (nil-UUID row).</source>
        <translation>No definido para este bot: el botserver usa la configuración predeterminada (fila con UUID nulo).</translation>
    </message>
    <message>
        <source>Neither the bot nor the default configuration has a usable value: botserver uses its built-in default.</source>
        <translation>Ni el bot ni la configuración predeterminada tienen un valor utilizable: el botserver usa su valor integrado.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>config.csv (desired)</source>
        <translation>config.csv (deseado)</translation>
    </message>
    <message>
        <source>Database (applied)</source>
        <translation>Base de datos (aplicado)</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Desviación</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>aplicado</translation>
    </message>
    <message>
        <source>not applied yet</source>
        <translation>aún no aplicado</translation>
    </message>
    <message>
        <source>only in database</source>
        <translation>solo en la base de datos</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>difiere</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>config.csv and bot_configuration agree.</source>
        <translation>config.csv y bot_configuration coinciden.</translation>
    </message>
    <message>
        <source>Written in config.csv but not in bot_configuration: DriveMonitor has not applied it yet (or skips the file).</source>
        <translation>Está en config.csv pero no en bot_configuration: DriveMonitor aún no lo ha aplicado (u omite el archivo).</translation>
    </message>
    <message>
        <source>In bot_configuration but not in config.csv. Deleting a line never deletes a key: botserver keeps using this value until the row is removed from the database.</source>
        <translation>Está en bot_configuration pero no en config.csv. Eliminar una línea nunca elimina una clave: el botserver sigue usando este valor hasta que se quite la fila de la base de datos.</translation>
    </message>
    <message>
        <source>config.csv says one thing, bot_configuration another: the file&apos;s change has not been applied (or someone changed the database directly).</source>
        <translation>config.csv dice una cosa y bot_configuration otra: el cambio del archivo no se ha aplicado (o alguien cambió la base de datos directamente).</translation>
    </message>
    <message>
        <source>config.csv could not be read, so nothing can be compared.</source>
        <translation>No se pudo leer config.csv, así que no se puede comparar nada.</translation>
    </message>
</context>
<context>
    <name>ConfigGroupModel</name>
    <message>
        <source>all applied</source>
        <translation>todo aplicado</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Keys botserver is not known to read: look for typos (each key&apos;s tooltip names the nearest known key).</source>
        <translation>Claves que, que se sepa, el botserver no lee: busque erratas (la ayuda emergente de cada clave indica la clave conocida más parecida).</translation>
    </message>
    <message>
        <source>Known keys of the group %1; each key&apos;s tooltip describes it.</source>
        <translation>Claves conocidas del grupo %1; la ayuda emergente de cada clave la describe.</translation>
    </message>
</context>
<context>
    <name>ConfigKeys</name>
    <message>
        <source>The `name,value` header line: current botserver stores it as key &apos;name&apos; (harmless); older versions skip the first line, so keep it there.</source>
        <translation>La línea de cabecera `name,value`: el botserver actual la guarda como la clave &apos;name&apos; (inofensivo); las versiones antiguas omiten la primera línea, así que déjela ahí.</translation>
    </message>
    <message>
        <source>LLM</source>
        <translation>LLM</translation>
    </message>
    <message>
        <source>LLM server</source>
        <translation>Servidor LLM</translation>
    </message>
    <message>
        <source>Embeddings</source>
        <translation>Embeddings</translation>
    </message>
    <message>
        <source>Knowledge and memory</source>
        <translation>Conocimiento y memoria</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <source>Parameters (param-*)</source>
        <translation>Parámetros (param-*)</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <source>Multimodal</source>
        <translation>Multimodal</translation>
    </message>
    <message>
        <source>Server and integrations</source>
        <translation>Servidor e integraciones</translation>
    </message>
    <message>
        <source>Legacy</source>
        <translation>Heredado</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Cabecera</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
</context>
<context>
    <name>ConfirmOperationDialog</name>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>These commands will run on the host, in this order:</source>
        <translation>Estos comandos se ejecutarán en el host, en este orden:</translation>
    </message>
    <message>
        <source>To undo:</source>
        <translation>Para deshacer:</translation>
    </message>
    <message>
        <source>&amp;Copy commands</source>
        <translation>&amp;Copiar comandos</translation>
    </message>
    <message>
        <source>Confirm: %1</source>
        <translation>Confirmar: %1</translation>
    </message>
    <message>
        <source>Target: %1 on %2</source>
        <translation>Destino: %1 en %2</translation>
    </message>
    <message>
        <source>A backup is taken first: %1</source>
        <translation>Antes se hace una copia de seguridad: %1</translation>
    </message>
    <message>
        <source>No backup is taken.</source>
        <translation>No se hace ninguna copia de seguridad.</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>E&amp;jecutar</translation>
    </message>
    <message>
        <source>This runs on &lt;b&gt;PROD&lt;/b&gt;. Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Esto se ejecuta en &lt;b&gt;PROD&lt;/b&gt;. Escriba &lt;b&gt;%1&lt;/b&gt; para confirmar:</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connect to a host</source>
        <translation>Conectar a un host</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Perfiles</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>&amp;Import ~/.ssh/config</source>
        <translation>&amp;Importar ~/.ssh/config</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;mbre:</translation>
    </message>
    <message>
        <source>prod</source>
        <translation>prod</translation>
    </message>
    <message>
        <source>SSH config &amp;alias:</source>
        <translation>&amp;Alias de la configuración SSH:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>from the alias, or e.g. 10.0.2.5</source>
        <translation>del alias, o p. ej. 10.0.2.5</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>from the alias, or your user name</source>
        <translation>del alias, o su nombre de usuario</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>P&amp;uerto:</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminado</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>Archivo de &amp;clave:</translation>
    </message>
    <message>
        <source>from the alias, or ~/.ssh/id_*</source>
        <translation>del alias, o ~/.ssh/id_*</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Pro&amp;xyJump:</source>
        <translation>Pro&amp;xyJump:</translation>
    </message>
    <message>
        <source>from the alias, or user@bastion:22</source>
        <translation>del alias, o usuario@bastion:22</translation>
    </message>
    <message>
        <source>Au&amp;thentication:</source>
        <translation>Au&amp;tenticación:</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>E&amp;ntorno:</translation>
    </message>
    <message>
        <source>R&amp;ules…</source>
        <translation>&amp;Reglas…</translation>
    </message>
    <message>
        <source>&amp;Read-only: refuse every action that changes the host</source>
        <translation>Solo &amp;lectura: rechazar toda acción que modifique el host</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>&amp;Guardar perfil</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>Automatic (agent, key files, password)</source>
        <translation>Automática (agente, archivos de clave, contraseña)</translation>
    </message>
    <message>
        <source>SSH agent only</source>
        <translation>Solo el agente SSH</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Archivo de clave</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Clave privada</translation>
    </message>
    <message>
        <source>&amp;Import %1</source>
        <translation>&amp;Importar %1</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Detectado: %1</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Deleted the profile &quot;%1&quot;.</source>
        <translation>Se eliminó el perfil &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Saved the profile &quot;%1&quot;.</source>
        <translation>Se guardó el perfil &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n host(s) from %1.</source>
        <translation>
            <numerusform>Se importó %n host de %1.</numerusform>
            <numerusform>Se importaron %n hosts de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando a %1…</translation>
    </message>
</context>
<context>
    <name>ContainerModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>IPv4</source>
        <translation>IPv4</translation>
    </message>
    <message>
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Instantáneas</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Puertos</translation>
    </message>
</context>
<context>
    <name>ContainerOperations</name>
    <message>
        <source>Start container %1</source>
        <translation>Iniciar el contenedor %1</translation>
    </message>
    <message>
        <source>Start containers %1</source>
        <translation>Iniciar los contenedores %1</translation>
    </message>
    <message>
        <source>Stop container %1</source>
        <translation>Detener el contenedor %1</translation>
    </message>
    <message>
        <source>Stop containers %1</source>
        <translation>Detener los contenedores %1</translation>
    </message>
    <message>
        <source>Restart container %1</source>
        <translation>Reiniciar el contenedor %1</translation>
    </message>
    <message>
        <source>Restart containers %1</source>
        <translation>Reiniciar los contenedores %1</translation>
    </message>
    <message>
        <source>No container selected.</source>
        <translation>No hay ningún contenedor seleccionado.</translation>
    </message>
    <message>
        <source>The %1 name is empty.</source>
        <translation>El nombre de %1 está vacío.</translation>
    </message>
    <message>
        <source>The %1 name &quot;%2&quot; starts with &apos;-&apos;, which incus would read as an option; refusing to run it.</source>
        <translation>El nombre de %1 &quot;%2&quot; empieza por &apos;-&apos;, que incus leería como una opción; se rechaza ejecutarlo.</translation>
    </message>
    <message>
        <source>The %1 name &quot;%2&quot; contains &apos;/&apos; or a control character; refusing to run it.</source>
        <translation>El nombre de %1 &quot;%2&quot; contiene &apos;/&apos; o un carácter de control; se rechaza ejecutarlo.</translation>
    </message>
    <message>
        <source>Snapshot container %1 as %2</source>
        <translation>Crear la instantánea %2 del contenedor %1</translation>
    </message>
    <message>
        <source>Snapshot containers %1 as %2</source>
        <translation>Crear la instantánea %2 de los contenedores %1</translation>
    </message>
    <message>
        <source>Snapshot %1</source>
        <translation>Crear una instantánea de %1</translation>
    </message>
    <message>
        <source>Delete snapshot %1 of %2</source>
        <translation>Eliminar la instantánea %1 de %2</translation>
    </message>
    <message>
        <source>Snapshot container %1 as %2, then restart it</source>
        <translation>Crear la instantánea %2 del contenedor %1 y después reiniciarlo</translation>
    </message>
    <message>
        <source>Restore snapshot %1 of %2</source>
        <translation>Restaurar la instantánea %1 de %2</translation>
    </message>
    <message>
        <source>Restore container %1 to snapshot %2</source>
        <translation>Restaurar el contenedor %1 a la instantánea %2</translation>
    </message>
    <message>
        <source>Delete snapshot %2 of container %1</source>
        <translation>Eliminar la instantánea %2 del contenedor %1</translation>
    </message>
    <message>
        <source>Restart service %2 in container %1</source>
        <translation>Reiniciar el servicio %2 en el contenedor %1</translation>
    </message>
    <message>
        <source>List containers</source>
        <translation>Listar contenedores</translation>
    </message>
    <message>
        <source>Log of container %1</source>
        <translation>Registro del contenedor %1</translation>
    </message>
    <message>
        <source>Service states in %1</source>
        <translation>Estado de los servicios en %1</translation>
    </message>
</context>
<context>
    <name>ContainerShell</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Keep a reader open in %1</source>
        <translation>Mantener un lector abierto en %1</translation>
    </message>
</context>
<context>
    <name>ContainersPane</name>
    <message>
        <source>Filter by name, role or address (Ctrl+F)</source>
        <translation>Filtrar por nombre, función o dirección (Ctrl+F)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>incus start the selected containers</source>
        <translation>incus start en los contenedores seleccionados</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>incus stop the selected containers</source>
        <translation>incus stop en los contenedores seleccionados</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>incus restart the selected containers</source>
        <translation>incus restart en los contenedores seleccionados</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Instantánea</translation>
    </message>
    <message>
        <source>Create a pre-change-YYYYmmddHHMMSS snapshot of the selected containers</source>
        <translation>Crea una instantánea pre-change-YYYYmmddHHMMSS de los contenedores seleccionados</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Más</translation>
    </message>
    <message>
        <source>Auto refresh</source>
        <translation>Actualizar automáticamente</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Run incus list now (F5)</source>
        <translation>Ejecutar incus list ahora (F5)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>&amp;Reiniciar</translation>
    </message>
    <message>
        <source>Sna&amp;pshot</source>
        <translation>Ins&amp;tantánea</translation>
    </message>
    <message>
        <source>Snapshot, then restart</source>
        <translation>Instantánea y después reiniciar</translation>
    </message>
    <message>
        <source>Snapshots…</source>
        <translation>Instantáneas…</translation>
    </message>
    <message>
        <source>Show &amp;log</source>
        <translation>Mostrar &amp;registro</translation>
    </message>
    <message>
        <source>Ser&amp;vices…</source>
        <translation>Ser&amp;vicios…</translation>
    </message>
    <message>
        <source>Open s&amp;hell</source>
        <translation>Abrir s&amp;hell</translation>
    </message>
    <message>
        <source>Not connected. Connect to a host to see its containers.</source>
        <translation>Sin conexión. Conéctese a un host para ver sus contenedores.</translation>
    </message>
    <message>
        <source>Could not list the containers: %1</source>
        <translation>No se pudieron listar los contenedores: %1</translation>
    </message>
    <message>
        <source>%1 containers, %2 running — updated %3</source>
        <translation>%1 contenedores, %2 en ejecución — actualizado a las %3</translation>
    </message>
    <message>
        <source>Log of %1</source>
        <translation>Registro de %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Contenedores</translation>
    </message>
</context>
<context>
    <name>Corefile</name>
    <message>
        <source>Line %1: a quoted string is not closed.</source>
        <translation>Línea %1: una cadena entre comillas no está cerrada.</translation>
    </message>
    <message>
        <source>Line %1: &quot;}&quot; without a block to close.</source>
        <translation>Línea %1: &quot;}&quot; sin ningún bloque que cerrar.</translation>
    </message>
    <message>
        <source>Line %1: a server block must open with &quot;{&quot;.</source>
        <translation>Línea %1: un bloque de servidor debe abrirse con &quot;{&quot;.</translation>
    </message>
    <message>
        <source>Line %1: the file directive needs a zone file.</source>
        <translation>Línea %1: la directiva file necesita un archivo de zona.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a reload interval (e.g. 30s, 1m).</source>
        <translation>Línea %1: &quot;%2&quot; no es un intervalo de recarga (p. ej. 30s, 1m).</translation>
    </message>
    <message>
        <source>The Corefile ends inside a block (a &quot;}&quot; is missing).</source>
        <translation>El Corefile termina dentro de un bloque (falta una &quot;}&quot;).</translation>
    </message>
</context>
<context>
    <name>CredentialDialog</name>
    <message>
        <source>Authentication</source>
        <translation>Autenticación</translation>
    </message>
    <message>
        <source>&amp;Remember in the keyring</source>
        <translation>&amp;Recordar en el llavero</translation>
    </message>
    <message>
        <source>Passphrase of the key %1</source>
        <translation>Frase de contraseña de la clave %1</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Frase de contraseña:</translation>
    </message>
    <message>
        <source>Password of %1</source>
        <translation>Contraseña de %1</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>sudo on %1 asks for a password</source>
        <translation>sudo en %1 pide una contraseña</translation>
    </message>
    <message>
        <source>sudo password:</source>
        <translation>Contraseña de sudo:</translation>
    </message>
    <message>
        <source>%1 asks:</source>
        <translation>%1 pregunta:</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>The keyring could not be used: %1</source>
        <translation>No se pudo usar el llavero: %1</translation>
    </message>
    <message>
        <source>No stored secret.</source>
        <translation>No hay ningún secreto guardado.</translation>
    </message>
</context>
<context>
    <name>DnsHost</name>
    <message>
        <source>The command failed with exit status %1.</source>
        <translation>El comando falló con estado de salida %1.</translation>
    </message>
    <message>
        <source>The command failed (exit status %1): %2</source>
        <translation>El comando falló (estado de salida %1): %2</translation>
    </message>
    <message>
        <source>The command was killed by signal %1.</source>
        <translation>El comando se terminó por la señal %1.</translation>
    </message>
    <message>
        <source>The command was cancelled.</source>
        <translation>El comando se canceló.</translation>
    </message>
    <message>
        <source>The command did not finish in time.</source>
        <translation>El comando no terminó a tiempo.</translation>
    </message>
    <message>
        <source>The command could not run.</source>
        <translation>No se pudo ejecutar el comando.</translation>
    </message>
    <message>
        <source>Read %1</source>
        <translation>Leer %1</translation>
    </message>
    <message>
        <source>Find the DNS container&apos;s address</source>
        <translation>Buscar la dirección del contenedor de DNS</translation>
    </message>
    <message>
        <source>There is no container named dns on this host.</source>
        <translation>No hay ningún contenedor llamado dns en este host.</translation>
    </message>
    <message>
        <source>The dns container is %1.</source>
        <translation>El contenedor dns está %1.</translation>
    </message>
    <message>
        <source>The dns container has no IPv4 address.</source>
        <translation>El contenedor dns no tiene dirección IPv4.</translation>
    </message>
    <message>
        <source>Ask the DNS server for %1 %2</source>
        <translation>Consultar al servidor DNS por %1 %2</translation>
    </message>
    <message>
        <source>The DNS server did not answer: %1</source>
        <translation>El servidor DNS no respondió: %1</translation>
    </message>
    <message>
        <source>The DNS server does not serve this zone (no SOA record).</source>
        <translation>El servidor DNS no sirve esta zona (no hay registro SOA).</translation>
    </message>
    <message>
        <source>Unexpected SOA answer: %1</source>
        <translation>Respuesta SOA inesperada: %1</translation>
    </message>
    <message>
        <source>Reload CoreDNS (SIGUSR1)</source>
        <translation>Recargar CoreDNS (SIGUSR1)</translation>
    </message>
    <message>
        <source>Copy the zones to the secondary name server</source>
        <translation>Copiar las zonas al servidor de nombres secundario</translation>
    </message>
</context>
<context>
    <name>DnsPane</name>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Filter by name, type or value</source>
        <translation>Filtrar por nombre, tipo o valor</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Open a zone from the list on the left.</source>
        <translation>Abra una zona de la lista de la izquierda.</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Add record…</source>
        <translation>Añadir registro…</translation>
    </message>
    <message>
        <source>Edit record…</source>
        <translation>Editar registro…</translation>
    </message>
    <message>
        <source>Remove record</source>
        <translation>Quitar registro</translation>
    </message>
    <message>
        <source>Sync to secondary…</source>
        <translation>Sincronizar con el secundario…</translation>
    </message>
    <message>
        <source>Raise serial on save</source>
        <translation>Incrementar el serial al guardar</translation>
    </message>
    <message>
        <source>CoreDNS reloads a zone only when its SOA serial changes; the serial is raised (YYYYMMDDNN by default) unless you already did.</source>
        <translation>CoreDNS solo recarga una zona cuando cambia el serial del SOA; el serial se incrementa (AAAAMMDDNN de forma predeterminada) salvo que ya lo haya hecho usted.</translation>
    </message>
    <message>
        <source>Runs %1 on the host (INFRA.md), after confirmation.</source>
        <translation>Ejecuta %1 en el host (INFRA.md), tras confirmar.</translation>
    </message>
    <message>
        <source>The DNS server setting &quot;%1&quot; is not an address (host, host:port or [IPv6]:port); the dns container&apos;s address is used.</source>
        <translation>El ajuste de servidor DNS &quot;%1&quot; no es una dirección (host, host:puerto o [IPv6]:puerto); se usa la dirección del contenedor dns.</translation>
    </message>
    <message>
        <source>Not connected. Connect to a host to see its DNS zones.</source>
        <translation>Sin conexión. Conéctese a un host para ver sus zonas DNS.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Sin conexión.</translation>
    </message>
    <message>
        <source>Could not read the Corefile: %1</source>
        <translation>No se pudo leer el Corefile: %1</translation>
    </message>
    <message>
        <source>The Corefile could not be read: %1</source>
        <translation>No se pudo leer el Corefile: %1</translation>
    </message>
    <message>
        <source>No readable SOA serial in the file.</source>
        <translation>No hay ningún serial de SOA legible en el archivo.</translation>
    </message>
    <message>
        <source>Could not read the zone %1: %2</source>
        <translation>No se pudo leer la zona %1: %2</translation>
    </message>
    <message>
        <source>This file has carriage returns or bytes that are not UTF-8: the text view is read-only, edit the records in the table.</source>
        <translation>Este archivo tiene retornos de carro o bytes que no son UTF-8: la vista de texto es de solo lectura; edite los registros en la tabla.</translation>
    </message>
    <message>
        <source>The zone has errors; fix them before saving.</source>
        <translation>La zona tiene errores; corríjalos antes de guardar.</translation>
    </message>
    <message>
        <source>Not confirmed; nothing was written.</source>
        <translation>No confirmado; no se escribió nada.</translation>
    </message>
    <message>
        <source>Reload CoreDNS (SIGUSR1) for zone %1</source>
        <translation>Recargar CoreDNS (SIGUSR1) para la zona %1</translation>
    </message>
    <message>
        <source>Saved. Waiting for the DNS server to serve serial %1 (up to %2 s)…</source>
        <translation>Guardado. Esperando a que el servidor DNS sirva el serial %1 (hasta %2 s)…</translation>
    </message>
    <message>
        <source>Saved, but the DNS server could not be asked: %1</source>
        <translation>Guardado, pero no se pudo consultar al servidor DNS: %1</translation>
    </message>
    <message>
        <source>The DNS server serves serial %1 with the changed records.</source>
        <translation>El servidor DNS sirve el serial %1 con los registros modificados.</translation>
    </message>
    <message>
        <source>Copy the zones to the secondary name server (sync-zones.sh)</source>
        <translation>Copiar las zonas al servidor de nombres secundario (sync-zones.sh)</translation>
    </message>
    <message>
        <source>%1 is not a zone of this host&apos;s Corefile (or the zone list is not loaded yet); the kept edit stays.</source>
        <translation>%1 no es una zona del Corefile de este host (o la lista de zonas aún no se cargó); la edición conservada se mantiene.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Comparar…</translation>
    </message>
    <message>
        <source>%1: the host&apos;s file and the kept edit</source>
        <translation>%1: el archivo del host y la edición conservada</translation>
    </message>
    <message>
        <source>on the host</source>
        <translation>en el host</translation>
    </message>
    <message>
        <source>kept edit</source>
        <translation>edición conservada</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Saving %1 (backup, checked write, verify)…</source>
        <translation>Guardando %1 (copia de seguridad, escritura comprobada, verificación)…</translation>
    </message>
    <message>
        <source>An unsaved edit of this zone from %1 is kept on this computer. It was made on the file as the host holds it now. Restore it, compare it or discard it (until then new edits are not kept).</source>
        <translation>En este equipo se conserva una edición sin guardar de esta zona del %1. Se hizo sobre el archivo tal como está ahora en el host. Restáurela, compárela o descártela (hasta entonces no se conservan las nuevas ediciones).</translation>
    </message>
    <message>
        <source>An unsaved edit of this zone from %1 is kept on this computer, made on an OLDER version of the file: the file on the host changed since. Compare before restoring; saving it reports the conflict first. (Until you decide, new edits are not kept.)</source>
        <translation>En este equipo se conserva una edición sin guardar de esta zona del %1, hecha sobre una versión ANTERIOR del archivo: el archivo del host cambió desde entonces. Compare antes de restaurar; al guardarla se informará primero del conflicto. (Hasta que decida, no se conservan las nuevas ediciones).</translation>
    </message>
    <message>
        <source>Restored the unsaved edit from %1 (Undo returns to the file on the host).</source>
        <translation>Se restauró la edición sin guardar del %1 (Deshacer vuelve al archivo del host).</translation>
    </message>
    <message>
        <source>Checking that %1 did not change on the host…</source>
        <translation>Comprobando que %1 no haya cambiado en el host…</translation>
    </message>
    <message>
        <source>Not saved; nothing was written.</source>
        <translation>No se guardó; no se escribió nada.</translation>
    </message>
    <message>
        <source>Saved, but CoreDNS was not reloaded: %1</source>
        <translation>Guardado, pero CoreDNS no se recargó: %1</translation>
    </message>
    <message>
        <source>Your edits are kept here and on this computer.</source>
        <translation>Sus cambios se conservan aquí y en este equipo.</translation>
    </message>
</context>
<context>
    <name>DriveCommands</name>
    <message>
        <source>List %1</source>
        <translation>Listar %1</translation>
    </message>
    <message>
        <source>Download %1</source>
        <translation>Descargar %1</translation>
    </message>
    <message>
        <source>Upload %1</source>
        <translation>Subir %1</translation>
    </message>
    <message>
        <source>Inspect %1</source>
        <translation>Inspeccionar %1</translation>
    </message>
    <message>
        <source>mc stat gave no ETag.</source>
        <translation>mc stat no devolvió ningún ETag.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n object(s) from %1</source>
        <translation>
            <numerusform>Quitar %n objeto de %1</numerusform>
            <numerusform>Quitar %n objetos de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy %1 onto itself (new ETag)</source>
        <translation>Copiar %1 sobre sí mismo (nuevo ETag)</translation>
    </message>
    <message>
        <source>Send a file to the drive container</source>
        <translation>Enviar un archivo al contenedor drive</translation>
    </message>
    <message>
        <source>The host did not confirm what arrived: %1</source>
        <translation>El host no confirmó lo que llegó: %1</translation>
    </message>
    <message>
        <source>Remove the partial upload from the drive container</source>
        <translation>Quitar la subida parcial del contenedor drive</translation>
    </message>
    <message>
        <source>Remove stale partial uploads from the drive container&apos;s /tmp</source>
        <translation>Eliminar subidas parciales antiguas del /tmp del contenedor drive</translation>
    </message>
</context>
<context>
    <name>DriveEditorTab</name>
    <message>
        <source>Go to the error</source>
        <translation>Ir al error</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>Checking that %1 did not change on the host…</source>
        <translation>Comprobando que %1 no haya cambiado en el host…</translation>
    </message>
    <message>
        <source>Reloaded %1 from the host.</source>
        <translation>%1 recargado desde el host.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>Saving %1 (backup, upload, verify)…</source>
        <translation>Guardando %1 (copia de seguridad, subida, verificación)…</translation>
    </message>
    <message>
        <source>Reading %1 again…</source>
        <translation>Volviendo a leer %1…</translation>
    </message>
    <message>
        <source>Not saved; nothing was written.</source>
        <translation>No se guardó; no se escribió nada.</translation>
    </message>
</context>
<context>
    <name>DriveModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>ETag</source>
        <translation>ETag</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
</context>
<context>
    <name>DriveOperations</name>
    <message>
        <source>No object is selected.</source>
        <translation>No hay ningún objeto seleccionado.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n object(s) from %1</source>
        <translation>
            <numerusform>Eliminar %n objeto de %1</numerusform>
            <numerusform>Eliminar %n objetos de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Force re-sync of %1</source>
        <translation>Resincronizar %1</translation>
    </message>
    <message>
        <source>Upload %1</source>
        <translation>Subir %1</translation>
    </message>
    <message numerus="yes">
        <source>Upload %n file(s) to %1</source>
        <translation>
            <numerusform>Subir %n archivo a %1</numerusform>
            <numerusform>Subir %n archivos a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Install %1</source>
        <translation>Instalar %1</translation>
    </message>
    <message>
        <source>The new name is the current name.</source>
        <translation>El nuevo nombre es igual al actual.</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>Mover %1 a %2</translation>
    </message>
    <message>
        <source>Copy %1 to %2</source>
        <translation>Copiar %1 a %2</translation>
    </message>
</context>
<context>
    <name>DrivePane</name>
    <message>
        <source>Buckets</source>
        <translation>Buckets</translation>
    </message>
    <message>
        <source>Filter objects by name</source>
        <translation>Filtrar objetos por nombre</translation>
    </message>
    <message>
        <source>Cancel listing</source>
        <translation>Cancelar listado</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them to the drive?</source>
        <translation>%1 tiene cambios sin guardar. ¿Guardarlos en el drive?</translation>
    </message>
    <message>
        <source>Could not list the buckets: %1</source>
        <translation>No se pudieron listar los buckets: %1</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n objeto</numerusform>
            <numerusform>%n objetos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source> — listing…</source>
        <translation> — listando…</translation>
    </message>
    <message>
        <source>Listing failed: %1</source>
        <translation>El listado falló: %1</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <source>List the buckets and the shown prefix again</source>
        <translation>Volver a listar los buckets y el prefijo mostrado</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Delete the selected objects (each is copied to the drive container&apos;s /tmp first)</source>
        <translation>Eliminar los objetos seleccionados (cada uno se copia antes a /tmp del contenedor drive)</translation>
    </message>
    <message>
        <source>Force re-sync</source>
        <translation>Resincronizar</translation>
    </message>
    <message>
        <source>Copy the selected object onto itself: the new ETag makes DriveMonitor process it again</source>
        <translation>Copiar el objeto seleccionado sobre sí mismo: el nuevo ETag hace que DriveMonitor lo procese de nuevo</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n object(s); the copies are in the drive container: %1</source>
        <translation>
            <numerusform>%n objeto eliminado; la copia está en el contenedor drive: %1</numerusform>
            <numerusform>%n objetos eliminados; las copias están en el contenedor drive: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has a new ETag: DriveMonitor processes it again on its next pass.</source>
        <translation>%1 tiene un nuevo ETag: DriveMonitor lo vuelve a procesar en su próxima pasada.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 falló: %2</translation>
    </message>
    <message>
        <source>Could not list %1: %2</source>
        <translation>No se pudo listar %1: %2</translation>
    </message>
    <message>
        <source>Choose a bucket on the left.</source>
        <translation>Elija un bucket a la izquierda.</translation>
    </message>
    <message>
        <source>Not saved; nothing was written.</source>
        <translation>No se guardó; no se escribió nada.</translation>
    </message>
    <message>
        <source>%1 is open already; close it first to restore the kept edit.</source>
        <translation>%1 ya está abierto; ciérrelo antes para restaurar la edición guardada.</translation>
    </message>
    <message>
        <source>Restored the unsaved edit of %1 from %2. Save it to write it to the drive.</source>
        <translation>Se restauró la edición sin guardar de %1 desde %2. Guárdela para escribirla en el drive.</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>Descargar…</translation>
    </message>
    <message>
        <source>Save the selected objects into a folder on this computer</source>
        <translation>Guardar los objetos seleccionados en una carpeta de este equipo</translation>
    </message>
    <message>
        <source>Upload…</source>
        <translation>Subir…</translation>
    </message>
    <message>
        <source>Upload files into the shown folder (you can also drop files and folders on the table)</source>
        <translation>Subir archivos a la carpeta mostrada (también puede soltar archivos y carpetas sobre la tabla)</translation>
    </message>
    <message>
        <source>Upload folder…</source>
        <translation>Subir carpeta…</translation>
    </message>
    <message>
        <source>Upload a folder with everything below it into the shown folder</source>
        <translation>Subir una carpeta con todo su contenido a la carpeta mostrada</translation>
    </message>
    <message>
        <source>Rename or move…</source>
        <translation>Renombrar o mover…</translation>
    </message>
    <message>
        <source>Give the selected object a new name or folder (copied, then the original removed)</source>
        <translation>Dar al objeto seleccionado un nuevo nombre o carpeta (se copia y luego se quita el original)</translation>
    </message>
    <message>
        <source>Download into folder</source>
        <translation>Descargar en la carpeta</translation>
    </message>
    <message>
        <source>Upload files</source>
        <translation>Subir archivos</translation>
    </message>
    <message>
        <source>Upload folder</source>
        <translation>Subir carpeta</translation>
    </message>
    <message>
        <source>Rename or move</source>
        <translation>Renombrar o mover</translation>
    </message>
    <message>
        <source>New name of the object, with its folders inside the bucket (end with a slash to keep the name):</source>
        <translation>Nuevo nombre del objeto, con sus carpetas dentro del bucket (termine con una barra para conservar el nombre):</translation>
    </message>
    <message>
        <source>Nothing to upload: the folder holds no files.</source>
        <translation>Nada que subir: la carpeta no contiene archivos.</translation>
    </message>
    <message>
        <source>Could not check what is in %1: %2</source>
        <translation>No se pudo comprobar el contenido de %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>(replaces %n existing object(s); each is copied to the drive container&apos;s /tmp first)</source>
        <translation>
            <numerusform>(reemplaza %n objeto existente; antes se copia a /tmp del contenedor drive)</numerusform>
            <numerusform>(reemplaza %n objetos existentes; cada uno se copia antes a /tmp del contenedor drive)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1: hecho.</translation>
    </message>
    <message>
        <source>Moved %1 to %2; a copy of the original is in the drive container: %3</source>
        <translation>%1 se movió a %2; hay una copia del original en el contenedor drive: %3</translation>
    </message>
    <message>
        <source>Remove stale partial uploads (older than a day) from the drive container&apos;s %1</source>
        <translation>Eliminar subidas parciales antiguas (de más de un día) de %1 del contenedor drive</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n partial upload(s): %1</source>
        <translation>
            <numerusform>Se eliminó %n subida parcial: %1</numerusform>
            <numerusform>Se eliminaron %n subidas parciales: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n partial upload(s) that an interrupted upload left in the drive container&apos;s %1.</source>
        <translation>
            <numerusform>Se eliminó %n subida parcial que una subida interrumpida dejó en %1 del contenedor drive.</numerusform>
            <numerusform>Se eliminaron %n subidas parciales que subidas interrumpidas dejaron en %1 del contenedor drive.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the files to upload to %1</source>
        <translation>Leyendo los archivos que se subirán a %1</translation>
    </message>
    <message>
        <source>Reading folders…</source>
        <translation>Leyendo carpetas…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) to upload.</source>
        <translation>
            <numerusform>%n archivo para subir.</numerusform>
            <numerusform>%n archivos para subir.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriveTransfer</name>
    <message>
        <source>Download %1</source>
        <translation>Descargar %1</translation>
    </message>
    <message numerus="yes">
        <source>Download %n object(s) from %1</source>
        <translation>
            <numerusform>Descargar %n objeto de %1</numerusform>
            <numerusform>Descargar %n objetos de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>Download cancelled.</source>
        <translation>Descarga cancelada.</translation>
    </message>
    <message numerus="yes">
        <source>Downloaded %n file(s) to %1</source>
        <translation>
            <numerusform>%n archivo descargado en %1</numerusform>
            <numerusform>%n archivos descargados en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused to write %1 outside %2.</source>
        <translation>Se rechazó escribir %1 fuera de %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>writing the file failed: %1</source>
        <translation>falló la escritura del archivo: %1</translation>
    </message>
    <message>
        <source>%1 of %2 bytes arrived; the object may have changed since it was listed</source>
        <translation>llegaron %1 de %2 bytes; puede que el objeto haya cambiado desde que se listó</translation>
    </message>
    <message>
        <source>Downloading %1 failed: %2</source>
        <translation>La descarga de %1 falló: %2</translation>
    </message>
    <message>
        <source>Sent and verified; installing…</source>
        <translation>Enviado y verificado; instalando…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) sent and verified.</source>
        <translation>
            <numerusform>%n archivo enviado y verificado.</numerusform>
            <numerusform>%n archivos enviados y verificados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Upload cancelled; nothing was written to the drive.</source>
        <translation>Subida cancelada; no se escribió nada en el drive.</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>La lectura de %1 falló: %2</translation>
    </message>
    <message>
        <source>Sending %1 failed: %2</source>
        <translation>El envío de %1 falló: %2</translation>
    </message>
    <message>
        <source>%1 did not arrive intact (the local file may have changed while it was sent); nothing was written to the drive.</source>
        <translation>%1 no llegó íntegro (puede que el archivo local cambiara durante el envío); no se escribió nada en el drive.</translation>
    </message>
    <message>
        <source>Removing what was sent…</source>
        <translation>Quitando lo enviado…</translation>
    </message>
</context>
<context>
    <name>EditorHighlighter</name>
    <message>
        <source>No syntax definition named %1.</source>
        <translation>No hay ninguna definición de sintaxis llamada %1.</translation>
    </message>
</context>
<context>
    <name>EditorView</name>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>&amp;Reemplazar…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Buscar &amp;siguiente</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>Buscar &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Go to Line…</source>
        <translation>&amp;Ir a la línea…</translation>
    </message>
    <message>
        <source>Go to Line</source>
        <translation>Ir a la línea</translation>
    </message>
    <message>
        <source>Line (1–%1):</source>
        <translation>Línea (1–%1):</translation>
    </message>
</context>
<context>
    <name>EnvironmentBanner</name>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>solo lectura</translation>
    </message>
</context>
<context>
    <name>EnvironmentRulesDialog</name>
    <message>
        <source>Environment rules</source>
        <translation>Reglas de entorno</translation>
    </message>
    <message>
        <source>A profile&apos;s environment is detected from its host name or address; the first rule that matches wins. Host patterns use * and ?; subnets are written like 10.0.2.0/24.</source>
        <translation>El entorno de un perfil se detecta por el nombre o la dirección del host; gana la primera regla que coincida. Los patrones de host usan * y ?; las subredes se escriben como 10.0.2.0/24.</translation>
    </message>
    <message>
        <source>&amp;Add rule</source>
        <translation>&amp;Añadir regla</translation>
    </message>
    <message>
        <source>&amp;Remove rule</source>
        <translation>&amp;Quitar regla</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>Restablecer &amp;valores predeterminados</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Patrón</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Nombre de host</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>Subred</translation>
    </message>
    <message>
        <source>Rule %1 has no pattern.</source>
        <translation>La regla %1 no tiene patrón.</translation>
    </message>
    <message>
        <source>Rule %1: &quot;%2&quot; is not a subnet like 10.0.2.0/24.</source>
        <translation>Regla %1: &quot;%2&quot; no es una subred como 10.0.2.0/24.</translation>
    </message>
</context>
<context>
    <name>FindReplaceBar</name>
    <message>
        <source>Find:</source>
        <translation>Buscar:</translation>
    </message>
    <message>
        <source>Text or regular expression</source>
        <translation>Texto o expresión regular</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Distinguir mayúsculas</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Expresión regular</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Cerrar la barra de búsqueda (Esc)</translation>
    </message>
    <message>
        <source>Replace:</source>
        <translation>Reemplazar:</translation>
    </message>
    <message>
        <source>Replacement (\1 for a captured group)</source>
        <translation>Reemplazo (\1 para un grupo capturado)</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>Reemplazar todo</translation>
    </message>
    <message>
        <source>Invalid regular expression: %1</source>
        <translation>Expresión regular no válida: %1</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>Search wrapped around</source>
        <translation>La búsqueda volvió al principio</translation>
    </message>
    <message numerus="yes">
        <source>%n replacement(s)</source>
        <translation>
            <numerusform>%n reemplazo</numerusform>
            <numerusform>%n reemplazos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <source>Could not run the check</source>
        <translation>No se pudo ejecutar la comprobación</translation>
    </message>
    <message>
        <source>incus list failed (exit %1)</source>
        <translation>incus list falló (salida %1)</translation>
    </message>
    <message>
        <source>Unreadable answer from incus list</source>
        <translation>Respuesta ilegible de incus list</translation>
    </message>
    <message>
        <source>%1 of %2 containers running</source>
        <translation>%1 de %2 contenedores en ejecución</translation>
    </message>
    <message>
        <source>%1 is active</source>
        <translation>%1 está activo</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 está %2</translation>
    </message>
    <message>
        <source>not active</source>
        <translation>inactivo</translation>
    </message>
    <message>
        <source>%1 is running</source>
        <translation>%1 está en ejecución</translation>
    </message>
    <message>
        <source>%1 is down</source>
        <translation>%1 está caído</translation>
    </message>
    <message>
        <source>Vault is sealed or not initialised</source>
        <translation>Vault está sellado o sin inicializar</translation>
    </message>
    <message>
        <source>The health endpoint answered an HTTP error (503 sealed, 501 not initialised). Unseal with 3 of the 5 keys.</source>
        <translation>El endpoint de estado respondió con un error HTTP (503 sellado, 501 sin inicializar). Desséllelo con 3 de las 5 claves.</translation>
    </message>
    <message>
        <source>Vault did not answer (curl exit %1)</source>
        <translation>Vault no respondió (salida de curl %1)</translation>
    </message>
    <message>
        <source>Vault answered something unexpected</source>
        <translation>Vault respondió algo inesperado</translation>
    </message>
    <message>
        <source>Vault is sealed</source>
        <translation>Vault está sellado</translation>
    </message>
    <message>
        <source>Vault is not initialised</source>
        <translation>Vault no está inicializado</translation>
    </message>
    <message>
        <source>Vault is unsealed but in standby</source>
        <translation>Vault está desellado pero en espera</translation>
    </message>
    <message>
        <source>Vault is unsealed</source>
        <translation>Vault está desellado</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>versión %1</translation>
    </message>
    <message>
        <source>/api/health answers</source>
        <translation>/api/health responde</translation>
    </message>
    <message>
        <source>/api/health failed (curl exit %1)</source>
        <translation>/api/health falló (salida de curl %1)</translation>
    </message>
    <message>
        <source>err.log could not be read</source>
        <translation>No se pudo leer err.log</translation>
    </message>
    <message>
        <source>No recent errors in err.log</source>
        <translation>Ningún error reciente en err.log</translation>
    </message>
    <message numerus="yes">
        <source>%n recent error line(s) in err.log</source>
        <translation>
            <numerusform>%n línea de error reciente en err.log</numerusform>
            <numerusform>%n líneas de error recientes en err.log</numerusform>
        </translation>
    </message>
    <message>
        <source>Containers running</source>
        <translation>Contenedores en ejecución</translation>
    </message>
    <message>
        <source>botserver active (system)</source>
        <translation>botserver activo (system)</translation>
    </message>
    <message>
        <source>ui active (system)</source>
        <translation>ui activo (system)</translation>
    </message>
    <message>
        <source>PostgreSQL (tables)</source>
        <translation>PostgreSQL (tables)</translation>
    </message>
    <message>
        <source>MinIO (drive)</source>
        <translation>MinIO (drive)</translation>
    </message>
    <message>
        <source>Vault unsealed</source>
        <translation>Vault desellado</translation>
    </message>
    <message>
        <source>App /api/health</source>
        <translation>App /api/health</translation>
    </message>
    <message>
        <source>Recent errors (err.log)</source>
        <translation>Errores recientes (err.log)</translation>
    </message>
    <message>
        <source>PENDING</source>
        <translation>PENDIENTE</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>WARN</source>
        <translation>AVISO</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FALLO</translation>
    </message>
    <message>
        <source>GB Admin health report for %1, %2</source>
        <translation>Informe de estado de GB Admin para %1, %2</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>Todas las comprobaciones se superaron.</translation>
    </message>
    <message>
        <source>Some checks need attention.</source>
        <translation>Algunas comprobaciones requieren atención.</translation>
    </message>
</context>
<context>
    <name>HealthCommand</name>
    <message>
        <source>gbadmin: %1</source>
        <translation>gbadmin: %1</translation>
    </message>
    <message>
        <source>gbadmin: no answer from %1 within %2 s</source>
        <translation>gbadmin: sin respuesta de %1 en %2 s</translation>
    </message>
    <message>
        <source>gbadmin: %1 needs a password or passphrase that is not in the keyring; use ssh-agent or save it from the app first.</source>
        <translation>gbadmin: %1 necesita una contraseña o frase de contraseña que no está en el llavero; use ssh-agent o guárdela antes desde la aplicación.</translation>
    </message>
</context>
<context>
    <name>HealthModel</name>
    <message>
        <source>running…</source>
        <translation>en ejecución…</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Checked at</source>
        <translation>Comprobado a las</translation>
    </message>
</context>
<context>
    <name>HealthPane</name>
    <message>
        <source>Daily health check</source>
        <translation>Comprobación diaria de estado</translation>
    </message>
    <message>
        <source>Hide IP addresses in the report</source>
        <translation>Ocultar las direcciones IP en el informe</translation>
    </message>
    <message>
        <source>Rewrite addresses as 10.x.x.x, as the operations guide asks for anything pasted into documentation or tickets</source>
        <translation>Reescribe las direcciones como 10.x.x.x, como pide la guía de operaciones para todo lo que se pegue en documentación o tickets</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>&amp;Copiar informe</translation>
    </message>
    <message>
        <source>&amp;Run all checks</source>
        <translation>&amp;Ejecutar todas las comprobaciones</translation>
    </message>
    <message>
        <source>Select a check to see what it found.</source>
        <translation>Seleccione una comprobación para ver qué encontró.</translation>
    </message>
    <message>
        <source>Not connected. Connect to a host to run the checks.</source>
        <translation>Sin conexión. Conéctese a un host para ejecutar las comprobaciones.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falló</translation>
    </message>
    <message numerus="yes">
        <source>— %n running</source>
        <translation>
            <numerusform>— %n en ejecución</numerusform>
            <numerusform>— %n en ejecución</numerusform>
        </translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>HostConnection</name>
    <message>
        <source>Not confirmed; nothing ran.</source>
        <translation>No confirmado; no se ejecutó nada.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Authenticating…</source>
        <translation>Autenticando…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Connection dropped, reconnecting…</source>
        <translation>Se cortó la conexión, reconectando…</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Conexión perdida</translation>
    </message>
    <message>
        <source>%1 reached %2, which is in a PROD subnet: this connection is handled as PROD.</source>
        <translation>%1 se conectó a %2, que está en una subred PROD: esta conexión se trata como PROD.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not run: its exact commands were not the ones confirmed.</source>
        <translation>«%1» no se ejecutó: sus comandos exactos no eran los confirmados.</translation>
    </message>
</context>
<context>
    <name>HostKeyDialog</name>
    <message>
        <source>Unknown host key</source>
        <translation>Clave de host desconocida</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>Tipo de clave:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Huella digital:</translation>
    </message>
    <message>
        <source>Saved to:</source>
        <translation>Se guarda en:</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <source>Accept &amp;once</source>
        <translation>Aceptar &amp;una vez</translation>
    </message>
    <message>
        <source>Accept and &amp;save</source>
        <translation>Aceptar y &amp;guardar</translation>
    </message>
    <message>
        <source>Different host key type</source>
        <translation>Tipo de clave de host distinto</translation>
    </message>
    <message>
        <source>%1 is known, but with a different type of key.</source>
        <translation>%1 es conocido, pero con otro tipo de clave.</translation>
    </message>
    <message>
        <source>This can happen after a server upgrade, or it can mean someone is intercepting the connection. Accept only if you can check the fingerprint below with the host&apos;s administrator.</source>
        <translation>Esto puede ocurrir tras una actualización del servidor, o puede significar que alguien está interceptando la conexión. Acepte solo si puede comprobar la huella digital de abajo con el administrador del host.</translation>
    </message>
    <message>
        <source>First connection to %1.</source>
        <translation>Primera conexión a %1.</translation>
    </message>
    <message>
        <source>GB Admin cannot tell yet whether this is really the host you mean. Compare the fingerprint with the one the host&apos;s administrator gave you (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub on the host).</source>
        <translation>GB Admin aún no puede saber si este es realmente el host que busca. Compare la huella digital con la que le dio el administrador del host (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub en el host).</translation>
    </message>
    <message>
        <source>DANGER: host key cannot be checked</source>
        <translation>PELIGRO: no se puede comprobar la clave del host</translation>
    </message>
    <message>
        <source>DANGER: %1 is already in known_hosts, but its entry cannot be used.</source>
        <translation>PELIGRO: %1 ya está en known_hosts, pero su entrada no se puede usar.</translation>
    </message>
    <message>
        <source>%1. This host is NOT new: accepting its key here could hide an attack. Reject, and check the entry with the host&apos;s administrator.</source>
        <translation>%1. Este host NO es nuevo: aceptar aquí su clave podría ocultar un ataque. Rechácela y compruebe la entrada con el administrador del host.</translation>
    </message>
</context>
<context>
    <name>HostProfile</name>
    <message>
        <source>The profile &quot;%1&quot; names no host.</source>
        <translation>El perfil &quot;%1&quot; no indica ningún host.</translation>
    </message>
</context>
<context>
    <name>Incus</name>
    <message>
        <source>incus list returned an entry that is not an object.</source>
        <translation>incus list devolvió una entrada que no es un objeto.</translation>
    </message>
    <message>
        <source>incus list returned an instance without a name.</source>
        <translation>incus list devolvió una instancia sin nombre.</translation>
    </message>
    <message>
        <source>The host&apos;s answer to %1 is not valid JSON (%2 at byte %3).</source>
        <translation>La respuesta del host a %1 no es JSON válido (%2 en el byte %3).</translation>
    </message>
    <message>
        <source>The host&apos;s answer to %1 is not a JSON list.</source>
        <translation>La respuesta del host a %1 no es una lista JSON.</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>Cannot create the folder for the journal: %1</source>
        <translation>No se puede crear la carpeta de la bitácora: %1</translation>
    </message>
    <message>
        <source>Cannot open the journal %1: %2</source>
        <translation>No se puede abrir la bitácora %1: %2</translation>
    </message>
    <message>
        <source>The journal %1 is not a readable database.</source>
        <translation>La bitácora %1 no es una base de datos legible.</translation>
    </message>
    <message>
        <source>The journal %1 was written by a newer GB Admin (schema %2, this one knows %3). Update GB Admin; the journal was left untouched.</source>
        <translation>La bitácora %1 la escribió un GB Admin más reciente (esquema %2, este conoce el %3). Actualice GB Admin; la bitácora no se modificó.</translation>
    </message>
    <message>
        <source>Internal error: journal migrations do not match the schema version.</source>
        <translation>Error interno: las migraciones de la bitácora no coinciden con la versión del esquema.</translation>
    </message>
    <message>
        <source>Cannot migrate the journal: %1</source>
        <translation>No se puede migrar la bitácora: %1</translation>
    </message>
    <message>
        <source>Cannot migrate the journal to schema %1: %2</source>
        <translation>No se puede migrar la bitácora al esquema %1: %2</translation>
    </message>
    <message>
        <source>The journal is not open.</source>
        <translation>La bitácora no está abierta.</translation>
    </message>
    <message>
        <source>Cannot write to the journal: %1</source>
        <translation>No se puede escribir en la bitácora: %1</translation>
    </message>
    <message>
        <source>Cannot read the journal: %1</source>
        <translation>No se puede leer la bitácora: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Chain intact (%n entries checked; </source>
        <translation>
            <numerusform>Cadena íntegra (%n entrada comprobada; </numerusform>
            <numerusform>Cadena íntegra (%n entradas comprobadas; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older entries predate the chain).</source>
        <translation>
            <numerusform>%n entrada más antigua es anterior a la cadena).</numerusform>
            <numerusform>%n entradas más antiguas son anteriores a la cadena).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Chain intact (%n entries checked).</source>
        <translation>
            <numerusform>Cadena íntegra (%n entrada comprobada).</numerusform>
            <numerusform>Cadena íntegra (%n entradas comprobadas).</numerusform>
        </translation>
    </message>
    <message>
        <source>Chain BROKEN at entry %1: it, or the entry before it, was changed, removed or inserted outside GB Admin.</source>
        <translation>Cadena ROTA en la entrada %1: esta, o la entrada anterior, se modificó, eliminó o insertó fuera de GB Admin.</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <source>No journal.</source>
        <translation>Sin bitácora.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Comandos</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Copia de seguridad</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <source>Journal</source>
        <translation>Bitácora</translation>
    </message>
    <message>
        <source>Filter by profile, action, command or result</source>
        <translation>Filtrar por perfil, acción, comando o resultado</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Journal — GB Admin</source>
        <translation>Bitácora — GB Admin</translation>
    </message>
    <message>
        <source>All environments</source>
        <translation>Todos los entornos</translation>
    </message>
    <message>
        <source>Export journal</source>
        <translation>Exportar bitácora</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1</source>
        <translation>
            <numerusform>Se exportó %n entrada a %1</numerusform>
            <numerusform>Se exportaron %n entradas a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Each entry carries a hash over the one before it: an entry changed, removed or inserted outside GB Admin breaks the chain.</source>
        <translation>Cada entrada lleva un hash de la anterior: una entrada modificada, eliminada o insertada fuera de GB Admin rompe la cadena.</translation>
    </message>
</context>
<context>
    <name>KnownHosts</name>
    <message>
        <source>the entry has no key</source>
        <translation>la entrada no tiene clave</translation>
    </message>
    <message>
        <source>the key of the entry cannot be read</source>
        <translation>no se puede leer la clave de la entrada</translation>
    </message>
    <message>
        <source>the entry revokes a key (@revoked)</source>
        <translation>la entrada revoca una clave (@revoked)</translation>
    </message>
    <message>
        <source>the host is vouched for by a certificate authority (@cert-authority), which GB Admin does not check</source>
        <translation>el host está avalado por una autoridad de certificación (@cert-authority), que GB Admin no comprueba</translation>
    </message>
    <message>
        <source>the entry has an unknown marker %1</source>
        <translation>la entrada tiene un marcador desconocido %1</translation>
    </message>
</context>
<context>
    <name>LocalUploadScan</name>
    <message>
        <source>Reading the files was cancelled.</source>
        <translation>Se canceló la lectura de los archivos.</translation>
    </message>
    <message>
        <source>%1 is not a file or folder that can be read.</source>
        <translation>%1 no es un archivo ni una carpeta que se pueda leer.</translation>
    </message>
    <message>
        <source>%1 cannot be uploaded under that name: %2</source>
        <translation>%1 no se puede subir con ese nombre: %2</translation>
    </message>
    <message>
        <source>Two of the files would both become %1.</source>
        <translation>Dos de los archivos acabarían ambos como %1.</translation>
    </message>
</context>
<context>
    <name>LogRowsView</name>
    <message>
        <source>  (×%1)</source>
        <translation>  (×%1)</translation>
    </message>
    <message>
        <source>  (×%1, first %2, last %3)</source>
        <translation>  (×%1, primera %2, última %3)</translation>
    </message>
</context>
<context>
    <name>LogSearch</name>
    <message>
        <source>Empty search</source>
        <translation>Búsqueda vacía</translation>
    </message>
    <message>
        <source>Invalid regular expression: %1</source>
        <translation>Expresión regular no válida: %1</translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n línea</numerusform>
            <numerusform>%n líneas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… %n line(s)</source>
        <translation>
            <numerusform>… %n línea</numerusform>
            <numerusform>… %n líneas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1%2s</source>
        <translation>%1%2s</translation>
    </message>
    <message>
        <source>%1%2m %3s</source>
        <translation>%1%2m %3s</translation>
    </message>
    <message>
        <source>%1%2h %3m %4s</source>
        <translation>%1%2h %3m %4s</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Error:</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Aviso:</translation>
    </message>
    <message>
        <source>Notice:</source>
        <translation>Nota:</translation>
    </message>
</context>
<context>
    <name>LogViewer</name>
    <message>
        <source>Search the log (Enter, F3 next, Shift+F3 previous)</source>
        <translation>Buscar en el registro (Intro, F3 siguiente, Mayús+F3 anterior)</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Expresión regular</translation>
    </message>
    <message>
        <source>.*</source>
        <translation>.*</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Distinguir mayúsculas</translation>
    </message>
    <message>
        <source>Aa</source>
        <translation>Aa</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Coincidencia anterior (Mayús+F3)</translation>
    </message>
    <message>
        <source>▲</source>
        <translation>▲</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Coincidencia siguiente (F3)</translation>
    </message>
    <message>
        <source>▼</source>
        <translation>▼</translation>
    </message>
    <message>
        <source>Jump to the first error line</source>
        <translation>Ir a la primera línea de error</translation>
    </message>
    <message>
        <source>First error</source>
        <translation>Primer error</translation>
    </message>
    <message>
        <source>Follow the end of a growing log; scrolling up pauses it</source>
        <translation>Seguir el final de un registro que crece; desplazarse hacia arriba lo pausa</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Fold all groups</source>
        <translation>Plegar todos los grupos</translation>
    </message>
    <message>
        <source>Fold all</source>
        <translation>Plegar todo</translation>
    </message>
    <message>
        <source>Unfold all groups and steps</source>
        <translation>Desplegar todos los grupos y pasos</translation>
    </message>
    <message>
        <source>Unfold all</source>
        <translation>Desplegar todo</translation>
    </message>
    <message>
        <source>No error lines found.</source>
        <translation>No se encontraron líneas de error.</translation>
    </message>
    <message>
        <source>Copied the first %1 lines only.</source>
        <translation>Solo se copiaron las primeras %1 líneas.</translation>
    </message>
    <message>
        <source>%1 (at byte %2); the lines before it are shown.</source>
        <translation>%1 (en el byte %2); se muestran las líneas anteriores.</translation>
    </message>
    <message>
        <source>No log.</source>
        <translation>Sin registro.</translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation>%1 líneas</translation>
    </message>
    <message>
        <source>reading %1%</source>
        <translation>leyendo %1%</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>leyendo…</translation>
    </message>
    <message>
        <source>invalid regular expression</source>
        <translation>expresión regular no válida</translation>
    </message>
    <message>
        <source>match %1 of %2</source>
        <translation>coincidencia %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n coincidencia</numerusform>
            <numerusform>%n coincidencias</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, searching…</source>
        <translation>%1, buscando…</translation>
    </message>
    <message>
        <source>follow paused (scroll to the end to resume)</source>
        <translation>seguimiento en pausa (desplácese al final para reanudar)</translation>
    </message>
    <message>
        <source>Time column: none, the line&apos;s local date and time, or the time since its step started</source>
        <translation>Columna de hora: ninguna, la fecha y hora local de la línea o el tiempo desde el inicio de su paso</translation>
    </message>
    <message>
        <source>No times</source>
        <translation>Sin horas</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Hora local</translation>
    </message>
    <message>
        <source>Since step start</source>
        <translation>Desde inicio del paso</translation>
    </message>
</context>
<context>
    <name>Logs</name>
    <message>
        <source>The filter is not a valid regular expression: %1</source>
        <translation>El filtro no es una expresión regular válida: %1</translation>
    </message>
    <message>
        <source>Follow %1</source>
        <translation>Seguir %1</translation>
    </message>
</context>
<context>
    <name>LogsPane</name>
    <message>
        <source>botserver&apos;s log in the system container</source>
        <translation>Registro del botserver en el contenedor system</translation>
    </message>
    <message>
        <source>err.log (warnings, errors)</source>
        <translation>err.log (avisos, errores)</translation>
    </message>
    <message>
        <source>out.log (info)</source>
        <translation>out.log (información)</translation>
    </message>
    <message>
        <source>All lines</source>
        <translation>Todas las líneas</translation>
    </message>
    <message>
        <source>Errors (error|panic|failed)</source>
        <translation>Errores (error|panic|failed)</translation>
    </message>
    <message>
        <source>One bot&apos;s activity</source>
        <translation>Actividad de un bot</translation>
    </message>
    <message>
        <source>Drive and config</source>
        <translation>Drive y configuración</translation>
    </message>
    <message>
        <source>Model and LLM calls</source>
        <translation>Llamadas al modelo y al LLM</translation>
    </message>
    <message>
        <source>bot name</source>
        <translation>nombre del bot</translation>
    </message>
    <message>
        <source>Filter lines</source>
        <translation>Filtrar líneas</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>Regex</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>Siguiendo</translation>
    </message>
    <message>
        <source>Follow the log live (tail -F); turn off to stop the stream</source>
        <translation>Seguir el registro en vivo (tail -F); desactívelo para detener la transmisión</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpiar</translation>
    </message>
    <message>
        <source>Connect to a host to follow botserver&apos;s log.</source>
        <translation>Conéctese a un host para seguir el registro del botserver.</translation>
    </message>
    <message>
        <source>Search (Ctrl+F, Enter for next)</source>
        <translation>Buscar (Ctrl+F, Intro para la siguiente)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Sin conexión.</translation>
    </message>
    <message>
        <source>Paused by you.</source>
        <translation>En pausa por usted.</translation>
    </message>
    <message>
        <source>The log stream stopped: %1</source>
        <translation>La transmisión del registro se detuvo: %1</translation>
    </message>
    <message>
        <source>Not connected; following resumes when the connection is back.</source>
        <translation>Sin conexión; el seguimiento se reanuda cuando vuelva la conexión.</translation>
    </message>
    <message>
        <source>Interrupted (%1); following resumes when the connection is back.</source>
        <translation>Interrumpido (%1); el seguimiento se reanuda cuando vuelva la conexión.</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Following %1 in system — %2 messages kept (of at most %3), repeats folded</source>
        <translation>Siguiendo %1 en system — %2 mensajes conservados (de un máximo de %3), repeticiones plegadas</translation>
    </message>
    <message numerus="yes">
        <source>paused: %n new message(s) below — scroll to the bottom to resume</source>
        <translation>
            <numerusform>en pausa: %n mensaje nuevo abajo — desplácese al final para reanudar</numerusform>
            <numerusform>en pausa: %n mensajes nuevos abajo — desplácese al final para reanudar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>GB Admin %1</source>
        <translation>GB Admin %1</translation>
    </message>
    <message>
        <source>GB Admin</source>
        <translation>GB Admin</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Conexión</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>C&amp;onfiguración</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Conectar…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Desconectar</translation>
    </message>
    <message>
        <source>New &amp;Window (another profile)</source>
        <translation>Nueva &amp;ventana (otro perfil)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Bitácora</translation>
    </message>
    <message>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Refresh interval, Logs buffer size, the terminal for Open shell and the Health report default</source>
        <translation>Intervalo de actualización, tamaño del búfer de Registros, el terminal de Abrir shell y el valor predeterminado del informe de Estado</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>The journal is not available: actions that change a host are disabled.</source>
        <translation>La bitácora no está disponible: las acciones que modifican un host están desactivadas.</translation>
    </message>
    <message>
        <source>GB Admin — %1 · %2 (%3)</source>
        <translation>GB Admin — %1 · %2 (%3)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About GB Admin</source>
        <translation>&amp;Acerca de GB Admin</translation>
    </message>
</context>
<context>
    <name>McJsonStream</name>
    <message>
        <source>mc reported an error without a message.</source>
        <translation>mc informó de un error sin mensaje.</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Close this message</source>
        <translation>Cerrar este mensaje</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Cerrar mensaje</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>&lt;invalid command: %1&gt;</source>
        <translation>&lt;comando no válido: %1&gt;</translation>
    </message>
    <message>
        <source>Back up %1</source>
        <translation>Hacer copia de seguridad de %1</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is read-only: &quot;%2&quot; would change the host and was not run.</source>
        <translation>El perfil &quot;%1&quot; es de solo lectura: &quot;%2&quot; modificaría el host y no se ejecutó.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no target.</source>
        <translation>&quot;%1&quot; no indica ningún destino.</translation>
    </message>
</context>
<context>
    <name>OperationConsentWidget</name>
    <message>
        <source>&amp;Copy commands</source>
        <translation>&amp;Copiar comandos</translation>
    </message>
    <message>
        <source>No backup is taken.</source>
        <translation>No se hace ninguna copia de seguridad.</translation>
    </message>
    <message>
        <source>A backup is taken first: %1</source>
        <translation>Antes se hace una copia de seguridad: %1</translation>
    </message>
    <message numerus="yes">
        <source>The exact commands that will run (%n)</source>
        <translation>
            <numerusform>El comando exacto que se ejecutará (%n)</numerusform>
            <numerusform>Los comandos exactos que se ejecutarán (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>This runs on %1. Type %2 to confirm:</source>
        <translation>Esto se ejecuta en %1. Escriba %2 para confirmar:</translation>
    </message>
    <message>
        <source>This host&apos;s environment is unknown, so it is treated like PROD. Type %1 to confirm:</source>
        <translation>El entorno de este host es desconocido, así que se trata como PROD. Escriba %1 para confirmar:</translation>
    </message>
</context>
<context>
    <name>OperationRunner</name>
    <message>
        <source>&quot;%1&quot; runs on PROD: type &quot;%2&quot; to confirm.</source>
        <translation>&quot;%1&quot; se ejecuta en PROD: escriba &quot;%2&quot; para confirmar.</translation>
    </message>
    <message>
        <source>The journal is not available, so &quot;%1&quot; was not run.</source>
        <translation>La bitácora no está disponible, así que &quot;%1&quot; no se ejecutó.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no commands to run.</source>
        <translation>&quot;%1&quot; no tiene comandos que ejecutar.</translation>
    </message>
    <message>
        <source>%1 of %2 failed: %3</source>
        <translation>%1 de %2 falló: %3</translation>
    </message>
    <message>
        <source>cancelled during step %1 of %2</source>
        <translation>cancelado durante el paso %1 de %2</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>estado de salida %1</translation>
    </message>
    <message>
        <source>backup failed, nothing changed</source>
        <translation>la copia de seguridad falló, no se cambió nada</translation>
    </message>
    <message>
        <source>failed at step %1 of %2</source>
        <translation>falló en el paso %1 de %2</translation>
    </message>
    <message>
        <source>cancelled after step %1 of %2</source>
        <translation>cancelado tras el paso %1 de %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; runs on a host of unknown environment, treated like PROD: type &quot;%2&quot; to confirm.</source>
        <translation>&quot;%1&quot; se ejecuta en un host de entorno desconocido, tratado como PROD: escriba &quot;%2&quot; para confirmar.</translation>
    </message>
    <message>
        <source>The journal could not be written (%1), so &quot;%2&quot; was not run.</source>
        <translation>No se pudo escribir en la bitácora (%1), así que &quot;%2&quot; no se ejecutó.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Refresh &amp;containers every:</source>
        <translation>Actualizar &amp;contenedores cada:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How often the Containers tab runs incus list while Auto refresh is on. Applies at once, in every window.</source>
        <translation>Con qué frecuencia la pestaña Contenedores ejecuta incus list mientras Actualizar automáticamente está activado. Se aplica al momento, en todas las ventanas.</translation>
    </message>
    <message>
        <source>&amp;Logs tab keeps:</source>
        <translation>La pestaña &amp;Registros conserva:</translation>
    </message>
    <message>
        <source> lines</source>
        <translation> líneas</translation>
    </message>
    <message>
        <source>The newest log lines the Logs tab holds while following; older ones are dropped. Making it smaller keeps the newest lines.</source>
        <translation>Las líneas de registro más recientes que la pestaña Registros conserva mientras sigue; las más antiguas se descartan. Al reducirlo se conservan las más recientes.</translation>
    </message>
    <message>
        <source>&amp;Terminal for Open shell:</source>
        <translation>&amp;Terminal para Abrir shell:</translation>
    </message>
    <message>
        <source>The terminal emulator that Containers ▸ Open shell starts: a program name or path, optionally followed by the arguments that come before the command (e.g. wezterm start --). Double quotes group words; nothing goes through a shell. Empty: detect one ($TERMINAL, x-terminal-emulator, konsole, gnome-terminal, xfce4-terminal, xterm).</source>
        <translation>El emulador de terminal que inicia Contenedores ▸ Abrir shell: un nombre o ruta de programa, seguido opcionalmente de los argumentos que van antes del comando (p. ej. wezterm start --). Las comillas dobles agrupan palabras; nada pasa por un shell. Vacío: detectar uno ($TERMINAL, x-terminal-emulator, konsole, gnome-terminal, xfce4-terminal, xterm).</translation>
    </message>
    <message>
        <source>Health report:</source>
        <translation>Informe de estado:</translation>
    </message>
    <message>
        <source>&amp;Hide IP addresses by default</source>
        <translation>&amp;Ocultar las direcciones IP de forma predeterminada</translation>
    </message>
    <message>
        <source>Whether the Health tab&apos;s Copy report starts with addresses rewritten as 10.x.x.x, as the operations guide asks for anything pasted into tickets or chat. The tab&apos;s own check box still changes it for one report.</source>
        <translation>Si Copiar informe de la pestaña Estado empieza con las direcciones reescritas como 10.x.x.x, como pide la guía de operaciones para todo lo que se pegue en tickets o en el chat. La casilla de la propia pestaña lo sigue cambiando para un informe.</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>The language of GB Admin&apos;s windows. System default follows the language of your desktop session.</source>
        <translation>El idioma de las ventanas de GB Admin. Predeterminado del sistema sigue el idioma de su sesión de escritorio.</translation>
    </message>
    <message>
        <source>Applies the next time GB Admin starts.</source>
        <translation>Se aplica la próxima vez que se inicie GB Admin.</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Detectar automáticamente</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Predeterminado del sistema (%1)</translation>
    </message>
    <message>
        <source>No terminal emulator found: install one (e.g. xterm) or name one here.</source>
        <translation>No se encontró ningún emulador de terminal: instale uno (p. ej. xterm) o indique uno aquí.</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Detectado: %1</translation>
    </message>
    <message>
        <source>&lt;container&gt; on &lt;host&gt;</source>
        <translation>&lt;contenedor&gt; en &lt;host&gt;</translation>
    </message>
    <message>
        <source>Runs: %1 &lt;command&gt;</source>
        <translation>Ejecuta: %1 &lt;comando&gt;</translation>
    </message>
    <message>
        <source>Safety:</source>
        <translation>Seguridad:</translation>
    </message>
    <message>
        <source>Hosts of &amp;unknown environment need the typed name, like PROD</source>
        <translation>Los hosts de entorno &amp;desconocido exigen escribir el nombre, como en PROD</translation>
    </message>
    <message>
        <source>When no rule says whether a host is PROD or STAGE, changes to it are confirmed like on PROD (type the target&apos;s name). Turn off only if you know every such host is a test machine.</source>
        <translation>Cuando ninguna regla indica si un host es PROD o STAGE, los cambios en él se confirman como en PROD (escriba el nombre del destino). Desactívelo solo si sabe que todos esos hosts son máquinas de prueba.</translation>
    </message>
    <message>
        <source>C&amp;I log cache up to:</source>
        <translation>Cac&amp;hé de logs de CI hasta:</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Whole CI task logs the CI tab downloaded (for search) are kept on this computer up to this size; the least recently used go first. Making it smaller evicts at once.</source>
        <translation>Los logs completos de tareas de CI que descargó la pestaña CI (para buscar) se guardan en este equipo hasta este tamaño; los usados hace más tiempo se eliminan primero. Reducirlo libera espacio al instante.</translation>
    </message>
    <message>
        <source>Light or dark windows. Desktop default uses the colours your desktop gives Qt applications; choose Dark if the desktop is dark but GB Admin&apos;s windows stay light.</source>
        <translation>Ventanas claras u oscuras. Predeterminado del escritorio usa los colores que su escritorio da a las aplicaciones Qt; elija Oscuro si el escritorio es oscuro pero las ventanas de GB Admin siguen claras.</translation>
    </message>
    <message>
        <source>Desktop default</source>
        <translation>Predeterminado del escritorio</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>C&amp;olours:</source>
        <translation>Co&amp;lores:</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>A profile needs a name.</source>
        <translation>Un perfil necesita un nombre.</translation>
    </message>
    <message>
        <source>Enter a host name or choose an alias from your SSH config.</source>
        <translation>Introduzca un nombre de host o elija un alias de su configuración SSH.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>El puerto debe estar entre 1 y 65535.</translation>
    </message>
    <message>
        <source>Host and user names cannot contain spaces.</source>
        <translation>Los nombres de host y de usuario no pueden contener espacios.</translation>
    </message>
    <message>
        <source>A profile called &quot;%1&quot; already exists.</source>
        <translation>Ya existe un perfil llamado &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>ProxyJump</name>
    <message>
        <source>The jump host &quot;%1&quot; starts with &apos;-&apos;, which ssh would read as an option; it was not used.</source>
        <translation>El host de salto &quot;%1&quot; empieza por &apos;-&apos;, que ssh leería como una opción; no se usó.</translation>
    </message>
    <message>
        <source>The ProxyJump setting names no jump host.</source>
        <translation>El ajuste ProxyJump no indica ningún host de salto.</translation>
    </message>
</context>
<context>
    <name>Psql</name>
    <message>
        <source>Invalid psql variable name: %1</source>
        <translation>Nombre de variable de psql no válido: %1</translation>
    </message>
    <message>
        <source>A value for %1 holds a NUL character, which PostgreSQL cannot store.</source>
        <translation>Un valor para %1 contiene un carácter NUL, que PostgreSQL no puede almacenar.</translation>
    </message>
    <message>
        <source>Unexpected quote in psql output at character %1.</source>
        <translation>Comillas inesperadas en la salida de psql en el carácter %1.</translation>
    </message>
    <message>
        <source>Unexpected text after a quoted field in psql output at character %1.</source>
        <translation>Texto inesperado tras un campo entre comillas en la salida de psql en el carácter %1.</translation>
    </message>
    <message>
        <source>The psql output ended inside a quoted field.</source>
        <translation>La salida de psql terminó dentro de un campo entre comillas.</translation>
    </message>
    <message>
        <source>Row %1 of the psql output has %2 fields, expected %3.</source>
        <translation>La fila %1 de la salida de psql tiene %2 campos; se esperaban %3.</translation>
    </message>
    <message>
        <source>The database refused the query: %1</source>
        <translation>La base de datos rechazó la consulta: %1</translation>
    </message>
    <message>
        <source>psql failed (exit status %1): %2</source>
        <translation>psql falló (estado de salida %1): %2</translation>
    </message>
    <message>
        <source>psql failed with exit status %1.</source>
        <translation>psql falló con estado de salida %1.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Not connected.</source>
        <translation>Sin conexión.</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Conectado a %1.</translation>
    </message>
    <message>
        <source>The connection failed.</source>
        <translation>La conexión falló.</translation>
    </message>
</context>
<context>
    <name>RdataChecker</name>
    <message>
        <source>Unexpected text &quot;%1&quot; after the %2 record&apos;s data (it takes %3).</source>
        <translation>Texto inesperado &quot;%1&quot; tras los datos del registro %2 (este admite %3).</translation>
    </message>
    <message>
        <source>The hexadecimal data has an odd number of digits; each byte takes two.</source>
        <translation>Los datos hexadecimales tienen un número impar de dígitos; cada byte ocupa dos.</translation>
    </message>
    <message>
        <source>The base64 data is cut short (its length is not a multiple of 4).</source>
        <translation>Los datos base64 están truncados (su longitud no es múltiplo de 4).</translation>
    </message>
    <message>
        <source>Generic data (\#) needs a length and hexadecimal data.</source>
        <translation>Los datos genéricos (\#) necesitan una longitud y datos hexadecimales.</translation>
    </message>
    <message>
        <source>Generic data (\#) says %1 bytes but %2 hexadecimal digits follow (expected %3).</source>
        <translation>Los datos genéricos (\#) indican %1 bytes, pero siguen %2 dígitos hexadecimales (se esperaban %3).</translation>
    </message>
    <message>
        <source>The service parameter &quot;%1&quot; is given twice.</source>
        <translation>El parámetro de servicio &quot;%1&quot; aparece dos veces.</translation>
    </message>
    <message>
        <source>The service parameter &quot;%1&quot; needs a value (%1=...).</source>
        <translation>El parámetro de servicio &quot;%1&quot; necesita un valor (%1=...).</translation>
    </message>
    <message>
        <source>Text string has a bad backslash escape.</source>
        <translation>La cadena de texto tiene una secuencia de escape con barra invertida no válida.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>@ for the zone itself, www, _sip._tcp …</source>
        <translation>@ para la propia zona, www, _sip._tcp …</translation>
    </message>
    <message>
        <source>&amp;TTL:</source>
        <translation>&amp;TTL:</translation>
    </message>
    <message>
        <source>the zone&apos;s default</source>
        <translation>el predeterminado de la zona</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>IPv4 address:</source>
        <translation>Dirección IPv4:</translation>
    </message>
    <message>
        <source>IPv6 address:</source>
        <translation>Dirección IPv6:</translation>
    </message>
    <message>
        <source>Alias of:</source>
        <translation>Alias de:</translation>
    </message>
    <message>
        <source>Name server:</source>
        <translation>Servidor de nombres:</translation>
    </message>
    <message>
        <source>Host name:</source>
        <translation>Nombre de host:</translation>
    </message>
    <message>
        <source>Preference:</source>
        <translation>Preferencia:</translation>
    </message>
    <message>
        <source>Mail server:</source>
        <translation>Servidor de correo:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texto:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Prioridad:</translation>
    </message>
    <message>
        <source>Weight:</source>
        <translation>Peso:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Destino:</translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation>Indicadores:</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Etiqueta:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Valor:</translation>
    </message>
    <message>
        <source>the zone&apos;s default (%1)</source>
        <translation>el predeterminado de la zona (%1)</translation>
    </message>
    <message>
        <source>Record in %1</source>
        <translation>Registro en %1</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>Datos:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a TTL (seconds, or units such as 1h, 30m, 1d).</source>
        <translation>&quot;%1&quot; no es un TTL (segundos, o unidades como 1h, 30m, 1d).</translation>
    </message>
    <message>
        <source>Choose a record type.</source>
        <translation>Elija un tipo de registro.</translation>
    </message>
    <message>
        <source>Will be written as: %1 %2%3 %4</source>
        <translation>Se escribirá como: %1 %2%3 %4</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>The name is empty (use @ for the zone itself).</source>
        <translation>El nombre está vacío (use @ para la propia zona).</translation>
    </message>
    <message>
        <source>The data must stay on one line.</source>
        <translation>Los datos deben quedar en una sola línea.</translation>
    </message>
    <message>
        <source>Alias of</source>
        <translation>Alias de</translation>
    </message>
    <message>
        <source>Name server</source>
        <translation>Servidor de nombres</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Nombre de host</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Servidor de correo</translation>
    </message>
</context>
<context>
    <name>RemoteFile</name>
    <message>
        <source>%1 is being saved already.</source>
        <translation>%1 ya se está guardando.</translation>
    </message>
    <message>
        <source>%1 cannot be saved here: nothing runs operations.</source>
        <translation>%1 no se puede guardar aquí: nada ejecuta operaciones.</translation>
    </message>
    <message>
        <source>%1 was never read, so it cannot be saved safely; open it first.</source>
        <translation>%1 nunca se leyó, así que no se puede guardar con seguridad; ábralo primero.</translation>
    </message>
    <message>
        <source>%1 was not saved: %2 Your edit is kept.</source>
        <translation>%1 no se guardó: %2 Su edición se conserva.</translation>
    </message>
    <message>
        <source>Saving %1 did not complete (%2), and the host could not be read afterwards (%3). The host holds either the old or the complete new version, never a mix; your edit is kept. Save again when the connection is back: GB Admin then checks which it is.</source>
        <translation>El guardado de %1 no terminó (%2) y después no se pudo leer el host (%3). El host tiene la versión antigua o la nueva completa, nunca una mezcla; su edición se conserva. Guarde de nuevo cuando vuelva la conexión: GB Admin comprobará cuál es.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 guardado.</translation>
    </message>
    <message>
        <source>Saved %1; the previous version is in %2.</source>
        <translation>%1 guardado; la versión anterior está en %2.</translation>
    </message>
    <message>
        <source>%1 already holds these bytes on the host (an earlier save completed).</source>
        <translation>%1 ya contiene estos bytes en el host (un guardado anterior terminó).</translation>
    </message>
    <message>
        <source>%1 was not saved (%2). The file on the host is unchanged; your edit is kept.</source>
        <translation>%1 no se guardó (%2). El archivo del host no cambió; su edición se conserva.</translation>
    </message>
    <message>
        <source>%1 was changed on the host since it was opened, so nothing was written. Compare the versions, reload, overwrite anyway or save a copy.</source>
        <translation>%1 cambió en el host desde que se abrió, así que no se escribió nada. Compare las versiones, recargue, sobrescriba de todos modos o guarde una copia.</translation>
    </message>
    <message>
        <source>%1 was deleted on the host since it was opened, so nothing was written.</source>
        <translation>%1 se eliminó en el host desde que se abrió, así que no se escribió nada.</translation>
    </message>
    <message>
        <source>The host answered with an unexpected version line: %1</source>
        <translation>El host respondió con una línea de versión inesperada: %1</translation>
    </message>
    <message>
        <source>mc answered with unexpected output: %1</source>
        <translation>mc respondió con una salida inesperada: %1</translation>
    </message>
    <message>
        <source>This is a folder, not an object.</source>
        <translation>Esto es una carpeta, no un objeto.</translation>
    </message>
    <message>
        <source>mc reported no ETag or size for the object.</source>
        <translation>mc no indicó ETag ni tamaño para el objeto.</translation>
    </message>
    <message>
        <source>Read %1</source>
        <translation>Leer %1</translation>
    </message>
    <message>
        <source>Check the version of %1</source>
        <translation>Comprobar la versión de %1</translation>
    </message>
    <message>
        <source>Back up %1</source>
        <translation>Hacer copia de seguridad de %1</translation>
    </message>
    <message>
        <source>Restore %1 from %2</source>
        <translation>Restaurar %1 desde %2</translation>
    </message>
    <message>
        <source>Write %1</source>
        <translation>Escribir %1</translation>
    </message>
    <message>
        <source>Verify %1</source>
        <translation>Verificar %1</translation>
    </message>
    <message>
        <source>%1 was never opened, so it cannot be saved safely.</source>
        <translation>%1 nunca se abrió, así que no se puede guardar con seguridad.</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>Guardar %1</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>Reading %1 failed: the host sent no version line.</source>
        <translation>No se pudo leer %1: el host no envió ninguna línea de versión.</translation>
    </message>
    <message>
        <source>%1 changed while it was read; read it again.</source>
        <translation>%1 cambió mientras se leía; vuelva a leerlo.</translation>
    </message>
    <message>
        <source>Checking %1 failed: %2</source>
        <translation>No se pudo comprobar %1: %2</translation>
    </message>
    <message>
        <source>it changed on the host since it was opened; nothing was written</source>
        <translation>cambió en el host desde que se abrió; no se escribió nada</translation>
    </message>
    <message>
        <source>the upload arrived incomplete; nothing was changed</source>
        <translation>la subida llegó incompleta; no se cambió nada</translation>
    </message>
    <message>
        <source>after writing, the host does not hold what was sent</source>
        <translation>tras la escritura, el host no contiene lo que se envió</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>estado de salida %1</translation>
    </message>
    <message>
        <source>%1 (exit status %2)</source>
        <translation>%1 (estado de salida %2)</translation>
    </message>
</context>
<context>
    <name>RemoteLocation</name>
    <message>
        <source>&quot;%1&quot; is not a container name.</source>
        <translation>&quot;%1&quot; no es un nombre de contenedor.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a bucket name.</source>
        <translation>&quot;%1&quot; no es un nombre de bucket.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an object name that can be edited.</source>
        <translation>&quot;%1&quot; no es un nombre de objeto que se pueda editar.</translation>
    </message>
    <message>
        <source>The mc client or alias of %1 is not usable.</source>
        <translation>El cliente o alias de mc de %1 no es utilizable.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute file path.</source>
        <translation>&quot;%1&quot; no es una ruta de archivo absoluta.</translation>
    </message>
    <message>
        <source>Unknown kind of remote file &quot;%1&quot;.</source>
        <translation>Tipo desconocido de archivo remoto &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>SaveConflictActions</name>
    <message>
        <source>Compare…</source>
        <translation>Comparar…</translation>
    </message>
    <message>
        <source>Reload (drop my edits)</source>
        <translation>Recargar (descartar mis cambios)</translation>
    </message>
    <message>
        <source>Overwrite anyway</source>
        <translation>Sobrescribir de todos modos</translation>
    </message>
    <message>
        <source>Show the host&apos;s version beside yours</source>
        <translation>Mostrar la versión del host junto a la suya</translation>
    </message>
    <message>
        <source>Read the host&apos;s version again; your edits are dropped</source>
        <translation>Volver a leer la versión del host; sus cambios se descartan</translation>
    </message>
    <message>
        <source>Save yours over the version you were shown (backup first)</source>
        <translation>Guardar la suya sobre la versión que se le mostró (copia de seguridad antes)</translation>
    </message>
    <message>
        <source>%1: the host&apos;s version and yours</source>
        <translation>%1: la versión del host y la suya</translation>
    </message>
</context>
<context>
    <name>SaveWatch</name>
    <message>
        <source>Uploaded; waiting for DriveMonitor to see the new version…</source>
        <translation>Subido; esperando a que DriveMonitor vea la nueva versión…</translation>
    </message>
    <message>
        <source>Could not ask the system container about the new version: %1</source>
        <translation>No se pudo consultar al contenedor system sobre la nueva versión: %1</translation>
    </message>
    <message>
        <source>DriveMonitor did not pick up the new version within %1 s. Check that botserver is running (systemctl is-active botserver in the system container) and that the bot is active (bots.is_active).</source>
        <translation>DriveMonitor no detectó la nueva versión en %1 s. Compruebe que el botserver está en ejecución (systemctl is-active botserver en el contenedor system) y que el bot está activo (bots.is_active).</translation>
    </message>
    <message>
        <source>DriveMonitor saw the new version, but it was not %1 within %2 s. Check err.log in the system container.</source>
        <translation>DriveMonitor vio la nueva versión, pero no se ha %1 en %2 s. Compruebe err.log en el contenedor system.</translation>
    </message>
    <message>
        <source>compiled</source>
        <translation>compilado</translation>
    </message>
    <message>
        <source>processed</source>
        <translation>procesado</translation>
    </message>
    <message>
        <source>Check DriveMonitor&apos;s record of %1</source>
        <translation>Comprobar lo que DriveMonitor tiene registrado de %1</translation>
    </message>
    <message>
        <source>DriveMonitor skips %1 after %2 failed attempts, so the new version is not used. After the fix, remove the object and upload it again, or force a re-sync.</source>
        <translation>DriveMonitor omite %1 tras %2 intentos fallidos, así que la nueva versión no se usa. Tras corregirlo, quite el objeto y súbalo de nuevo, o fuerce una resincronización.</translation>
    </message>
    <message>
        <source>DriveMonitor saw the new version; waiting for the compiler…</source>
        <translation>DriveMonitor vio la nueva versión; esperando al compilador…</translation>
    </message>
    <message>
        <source>DriveMonitor saw the new version; waiting for it to be processed…</source>
        <translation>DriveMonitor vio la nueva versión; esperando a que se procese…</translation>
    </message>
    <message>
        <source>The compiler rejected the script at line %1: %2</source>
        <translation>El compilador rechazó el script en la línea %1: %2</translation>
    </message>
    <message>
        <source>The compiler rejected the script: %1</source>
        <translation>El compilador rechazó el script: %1</translation>
    </message>
    <message>
        <source>Compiled: the bot uses the new version.</source>
        <translation>Compilado: el bot usa la nueva versión.</translation>
    </message>
    <message>
        <source>DriveMonitor processed the new version.</source>
        <translation>DriveMonitor procesó la nueva versión.</translation>
    </message>
    <message>
        <source>DriveMonitor skips %1 after %2 failed attempts. After the fix, remove the object and upload it again, or force a re-sync.</source>
        <translation>DriveMonitor omite %1 tras %2 intentos fallidos. Tras corregirlo, quite el objeto y súbalo de nuevo, o fuerce una resincronización.</translation>
    </message>
</context>
<context>
    <name>SelfCheck</name>
    <message>
        <source>Qt SQLite driver loaded</source>
        <translation>controlador SQLite de Qt cargado</translation>
    </message>
    <message>
        <source>Qt SQLite driver missing (Debian: libqt6sql6-sqlite); the journal cannot open</source>
        <translation>falta el controlador SQLite de Qt (Debian: libqt6sql6-sqlite); la bitácora no se puede abrir</translation>
    </message>
    <message>
        <source>journal %1: %2</source>
        <translation>bitácora %1: %2</translation>
    </message>
    <message>
        <source>journal %1 opened (schema %2, %3 entries)</source>
        <translation>bitácora %1 abierta (esquema %2, %3 entradas)</translation>
    </message>
    <message>
        <source>translations found in %1</source>
        <translation>traducciones encontradas en %1</translation>
    </message>
    <message>
        <source>translations missing in %1: %2</source>
        <translation>faltan traducciones en %1: %2</translation>
    </message>
</context>
<context>
    <name>ServicesDialog</name>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Restart service…</source>
        <translation>&amp;Reiniciar servicio…</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Comprobar de nuevo</translation>
    </message>
    <message>
        <source>Services in %1</source>
        <translation>Servicios en %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Could not read the service states: %1</source>
        <translation>No se pudo leer el estado de los servicios: %1</translation>
    </message>
</context>
<context>
    <name>ShellQuote</name>
    <message>
        <source>Internal error: an empty command was about to be sent to the host.</source>
        <translation>Error interno: se iba a enviar un comando vacío al host.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Filter by action or key</source>
        <translation>Filtrar por acción o tecla</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Filtrar atajos</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Atajos</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <source>CI log viewer</source>
        <translation>Visor de registros de CI</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Coincidencia siguiente</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Coincidencia anterior</translation>
    </message>
    <message>
        <source>Copy the selected lines</source>
        <translation>Copiar las líneas seleccionadas</translation>
    </message>
</context>
<context>
    <name>SnapshotsDialog</name>
    <message>
        <source>Snapshot</source>
        <translation>Instantánea</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Stateful</source>
        <translation>Con estado</translation>
    </message>
    <message>
        <source>&amp;New snapshot</source>
        <translation>&amp;Nueva instantánea</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Snapshots of %1</source>
        <translation>Instantáneas de %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>SoaSerial</name>
    <message>
        <source>Serial %1 cannot be raised without leaving the RFC 1982 window.</source>
        <translation>El serial %1 no se puede incrementar sin salir de la ventana de la RFC 1982.</translation>
    </message>
</context>
<context>
    <name>SshConfig</name>
    <message>
        <source>Cannot read the SSH configuration %1: %2</source>
        <translation>No se puede leer la configuración SSH %1: %2</translation>
    </message>
</context>
<context>
    <name>SshError</name>
    <message>
        <source>The host name could not be resolved. Check its spelling or your DNS.</source>
        <translation>No se pudo resolver el nombre del host. Compruebe cómo está escrito o su DNS.</translation>
    </message>
    <message>
        <source>The connection to the host was closed unexpectedly.</source>
        <translation>La conexión con el host se cerró inesperadamente.</translation>
    </message>
    <message>
        <source>The jump host (ProxyJump) could not be used to reach the host.</source>
        <translation>No se pudo usar el host de salto (ProxyJump) para llegar al host.</translation>
    </message>
    <message>
        <source>This computer and the host have no encryption method in common.</source>
        <translation>Este equipo y el host no tienen ningún método de cifrado en común.</translation>
    </message>
    <message>
        <source>The host refused to open another command channel (MaxSessions reached?).</source>
        <translation>El host se negó a abrir otro canal de comandos (¿se alcanzó MaxSessions?).</translation>
    </message>
    <message>
        <source>The key file could not be read (wrong passphrase or unsupported format).</source>
        <translation>No se pudo leer el archivo de clave (frase de contraseña incorrecta o formato no compatible).</translation>
    </message>
    <message>
        <source>The SSH connection failed for an unknown reason.</source>
        <translation>La conexión SSH falló por un motivo desconocido.</translation>
    </message>
    <message>
        <source>The SSH connection reported an error.</source>
        <translation>La conexión SSH informó de un error.</translation>
    </message>
    <message>
        <source>Could not %1. %2</source>
        <translation>No se pudo %1. %2</translation>
    </message>
</context>
<context>
    <name>SshSession</name>
    <message>
        <source>Disconnected</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <source>Logging in</source>
        <translation>Iniciando sesión</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>Reconectando</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Conexión perdida</translation>
    </message>
    <message>
        <source>The connection to %1 is being re-established; try again in a moment.</source>
        <translation>La conexión con %1 se está restableciendo; inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation>Sin conexión con %1.</translation>
    </message>
    <message>
        <source>a host</source>
        <translation>un host</translation>
    </message>
    <message>
        <source>No result within %1 ms.</source>
        <translation>Ningún resultado en %1 ms.</translation>
    </message>
</context>
<context>
    <name>SshWorker</name>
    <message>
        <source>connect to %1</source>
        <translation>conectar a %1</translation>
    </message>
    <message>
        <source>The jump host said: %1</source>
        <translation>El host de salto dijo: %1</translation>
    </message>
    <message>
        <source>Could not read the host key of %1.</source>
        <translation>No se pudo leer la clave de host de %1.</translation>
    </message>
    <message>
        <source>line %1 of %2</source>
        <translation>línea %1 de %2</translation>
    </message>
    <message>
        <source>DANGER: the host key of %1 (%2 %3) is marked @revoked at %4. Nothing was run; do not connect until the host has a new key.</source>
        <translation>PELIGRO: la clave de host de %1 (%2 %3) está marcada como @revoked en %4. No se ejecutó nada; no se conecte hasta que el host tenga una clave nueva.</translation>
    </message>
    <message>
        <source>DANGER: the host key of %1 has CHANGED (%2 now presents %3 %4). Someone may be intercepting the connection, or the host was reinstalled. Nothing was run. If you know why it changed, remove the old key at %5 (for example with `ssh-keygen -R &apos;%6&apos; -f %7`) and connect again.</source>
        <translation>PELIGRO: la clave de host de %1 HA CAMBIADO (%2 presenta ahora %3 %4). Alguien podría estar interceptando la conexión, o el host se reinstaló. No se ejecutó nada. Si sabe por qué cambió, quite la clave antigua en %5 (por ejemplo con `ssh-keygen -R &apos;%6&apos; -f %7`) y vuelva a conectarse.</translation>
    </message>
    <message>
        <source>DANGER: known_hosts has an entry for %1 that cannot be used (%2), and strict host key checking is on. Nothing was run.</source>
        <translation>PELIGRO: known_hosts tiene una entrada para %1 que no se puede usar (%2) y la comprobación estricta de claves de host está activada. No se ejecutó nada.</translation>
    </message>
    <message>
        <source>The host key of %1 (%2 %3) is not in %4 and strict host key checking is on. Nothing was run.</source>
        <translation>La clave de host de %1 (%2 %3) no está en %4 y la comprobación estricta de claves de host está activada. No se ejecutó nada.</translation>
    </message>
    <message>
        <source>save the host key to %1</source>
        <translation>guardar la clave de host en %1</translation>
    </message>
    <message>
        <source>send input to a command on %1</source>
        <translation>enviar entrada a un comando en %1</translation>
    </message>
    <message>
        <source>sudo on %1 needs a password and none was given.</source>
        <translation>sudo en %1 necesita una contraseña y no se proporcionó ninguna.</translation>
    </message>
    <message>
        <source>sudo did not accept the password.</source>
        <translation>sudo no aceptó la contraseña.</translation>
    </message>
    <message>
        <source>The connection was closed before the command finished.</source>
        <translation>La conexión se cerró antes de que terminara el comando.</translation>
    </message>
    <message>
        <source>Timeout connecting to %1</source>
        <translation>Tiempo de espera agotado al conectar a %1</translation>
    </message>
    <message>
        <source>Could not compute the fingerprint of the host key of %1.</source>
        <translation>No se pudo calcular la huella digital de la clave de host de %1.</translation>
    </message>
    <message>
        <source>The host key of %1 was not trusted; nothing was run.</source>
        <translation>No se confió en la clave de host de %1; no se ejecutó nada.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost while the command ran (%2). It may or may not have completed on the host; check before retrying.</source>
        <translation>Se perdió la conexión con %1 mientras se ejecutaba el comando (%2). Puede que haya terminado en el host o no; compruébelo antes de reintentar.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost before the command started (%2).</source>
        <translation>Se perdió la conexión con %1 antes de que empezara el comando (%2).</translation>
    </message>
    <message>
        <source>The connection to %1 was lost (%2).</source>
        <translation>Se perdió la conexión con %1 (%2).</translation>
    </message>
    <message>
        <source>The command did not start within %1 ms.</source>
        <translation>El comando no se inició en %1 ms.</translation>
    </message>
    <message>
        <source>Login to %1 was cancelled.</source>
        <translation>Se canceló el inicio de sesión en %1.</translation>
    </message>
    <message>
        <source>The passphrase did not unlock the key.</source>
        <translation>La frase de contraseña no desbloqueó la clave.</translation>
    </message>
    <message>
        <source>The host did not accept the password.</source>
        <translation>El host no aceptó la contraseña.</translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation>Sin conexión con %1.</translation>
    </message>
    <message>
        <source>The login shell of %1 did not run the command. GB Admin needs a POSIX login shell there (sh, bash, dash or zsh); fish and similar shells do not work.</source>
        <translation>El shell de inicio de sesión de %1 no ejecutó el comando. GB Admin necesita allí un shell de inicio de sesión POSIX (sh, bash, dash o zsh); fish y shells similares no funcionan.</translation>
    </message>
    <message>
        <source>The command was killed on the host by signal %1.</source>
        <translation>El comando se terminó en el host por la señal %1.</translation>
    </message>
    <message>
        <source>The host closed the command&apos;s channel without reporting an exit status.</source>
        <translation>El host cerró el canal del comando sin informar de un estado de salida.</translation>
    </message>
    <message>
        <source>Cancelled before it started.</source>
        <translation>Cancelado antes de empezar.</translation>
    </message>
</context>
<context>
    <name>SyntaxDefinition</name>
    <message>
        <source>Cannot read the syntax definition %1: %2</source>
        <translation>No se puede leer la definición de sintaxis %1: %2</translation>
    </message>
    <message>
        <source>The syntax definition switches to an unknown context: %1</source>
        <translation>La definición de sintaxis cambia a un contexto desconocido: %1</translation>
    </message>
    <message>
        <source>The built-in highlighter does not implement the rule &lt;%1&gt; (line %2).</source>
        <translation>El resaltador integrado no implementa la regla &lt;%1&gt; (línea %2).</translation>
    </message>
    <message>
        <source>The built-in highlighter does not implement dynamic rules (line %1).</source>
        <translation>El resaltador integrado no implementa reglas dinámicas (línea %1).</translation>
    </message>
    <message>
        <source>Invalid regular expression in the syntax definition (line %1): %2</source>
        <translation>Expresión regular no válida en la definición de sintaxis (línea %1): %2</translation>
    </message>
    <message>
        <source>The syntax definition is not well-formed XML (line %1): %2</source>
        <translation>La definición de sintaxis no es XML bien formado (línea %1): %2</translation>
    </message>
    <message>
        <source>The syntax definition has no contexts.</source>
        <translation>La definición de sintaxis no tiene contextos.</translation>
    </message>
    <message>
        <source>The syntax definition uses an undefined attribute: %1</source>
        <translation>La definición de sintaxis usa un atributo no definido: %1</translation>
    </message>
    <message>
        <source>The syntax definition uses an undefined keyword list: %1</source>
        <translation>La definición de sintaxis usa una lista de palabras clave no definida: %1</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>TaskDelegate</name>
    <message>
        <source>✔ %1</source>
        <translation>✔ %1</translation>
    </message>
    <message>
        <source>✘ %1</source>
        <translation>✘ %1</translation>
    </message>
    <message>
        <source>⨯ %1 (cancelled)</source>
        <translation>⨯ %1 (cancelado)</translation>
    </message>
</context>
<context>
    <name>TaskLog</name>
    <message>
        <source>Cannot create a temporary file for the decoded log: %1</source>
        <translation>No se puede crear un archivo temporal para el registro decodificado: %1</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>Read error at byte %1: %2</source>
        <translation>Error de lectura en el byte %1: %2</translation>
    </message>
    <message>
        <source>File ends inside the zstd frame at byte %1</source>
        <translation>El archivo termina dentro del frame zstd en el byte %1</translation>
    </message>
</context>
<context>
    <name>TaskPanel</name>
    <message>
        <source>No operations have run in this window yet.</source>
        <translation>Todavía no se ha ejecutado ninguna operación en esta ventana.</translation>
    </message>
    <message>
        <source>&amp;Cancel task</source>
        <translation>&amp;Cancelar tarea</translation>
    </message>
    <message>
        <source>C&amp;lear finished</source>
        <translation>&amp;Limpiar terminadas</translation>
    </message>
</context>
<context>
    <name>TerminalLauncher</name>
    <message>
        <source>No terminal is set.</source>
        <translation>No hay ningún terminal configurado.</translation>
    </message>
    <message>
        <source>The terminal set in Preferences, %1, is not an installed program.</source>
        <translation>El terminal configurado en Preferencias, %1, no es un programa instalado.</translation>
    </message>
    <message>
        <source>The terminal %1 could not be started.</source>
        <translation>No se pudo iniciar el terminal %1.</translation>
    </message>
    <message>
        <source>No terminal emulator found. Install one (e.g. xterm), set $TERMINAL or choose one in Preferences; the command is: %1</source>
        <translation>No se encontró ningún emulador de terminal. Instale uno (p. ej. xterm), defina $TERMINAL o elija uno en Preferencias; el comando es: %1</translation>
    </message>
</context>
<context>
    <name>TextFileFormat</name>
    <message>
        <source>The file is not valid UTF-8; it is shown read-only so its bytes stay as they are.</source>
        <translation>El archivo no es UTF-8 válido; se muestra en solo lectura para que sus bytes queden como están.</translation>
    </message>
    <message>
        <source>The file contains a carriage return without a line feed; saving an edit would turn it into a line break.</source>
        <translation>El archivo contiene un retorno de carro sin salto de línea; al guardar una edición se convertiría en un salto de línea.</translation>
    </message>
    <message>
        <source>The file mixes CRLF and LF line endings; saving an edit writes %1 everywhere.</source>
        <translation>El archivo mezcla finales de línea CRLF y LF; al guardar una edición se escribe %1 en todo el archivo.</translation>
    </message>
    <message>
        <source>The file contains NUL bytes; the editor cannot keep them through an edit.</source>
        <translation>El archivo contiene bytes NUL; el editor no puede conservarlos en una edición.</translation>
    </message>
    <message>
        <source>The file contains Unicode line or paragraph separators; the editor turns them into line breaks when an edit is saved.</source>
        <translation>El archivo contiene separadores Unicode de línea o de párrafo; el editor los convierte en saltos de línea al guardar una edición.</translation>
    </message>
</context>
<context>
    <name>TextViewDialog</name>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>(no output)</source>
        <translation>(sin salida)</translation>
    </message>
    <message>
        <source>The command failed:
%1</source>
        <translation>El comando falló:
%1</translation>
    </message>
</context>
<context>
    <name>TransferMeter</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>queda %n s</numerusform>
            <numerusform>quedan %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>queda %n min</numerusform>
            <numerusform>quedan %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to GB Admin</source>
        <translation>Bienvenido a GB Admin</translation>
    </message>
    <message>
        <source>GB Admin manages a General Bots host over SSH: its containers, bots, drive, DNS zones and CI. Add the host you administer to begin; it is saved as a connection profile (never with a password: those stay in your keyring).</source>
        <translation>GB Admin administra un host de General Bots por SSH: sus contenedores, bots, drive, zonas DNS y CI. Para empezar, añada el host que administra; se guarda como un perfil de conexión (nunca con contraseña: las contraseñas se quedan en su llavero).</translation>
    </message>
    <message>
        <source>Add a host by hand</source>
        <translation>Añadir un host a mano</translation>
    </message>
    <message>
        <source>Enter its address, user and how to log in (ssh-agent, a key file or a password).</source>
        <translation>Indique su dirección, el usuario y cómo iniciar sesión (ssh-agent, un archivo de clave o una contraseña).</translation>
    </message>
    <message>
        <source>Open the simulated host</source>
        <translation>Abrir el host simulado</translation>
    </message>
    <message>
        <source>Import hosts from %1</source>
        <translation>Importar hosts de %1</translation>
    </message>
    <message>
        <source>There is no %1 on this computer yet.</source>
        <translation>Todavía no hay %1 en este equipo.</translation>
    </message>
    <message>
        <source>It names no host.</source>
        <translation>No indica ningún host.</translation>
    </message>
    <message>
        <source>The simulated General Bots host that scripts/demo.sh started is running: try GB Admin without touching a real host.</source>
        <translation>El host de General Bots simulado que inició scripts/demo.sh está en ejecución: pruebe GB Admin sin tocar un host real.</translation>
    </message>
    <message numerus="yes">
        <source>Hosts in it: %n. Each becomes a connection profile; user, port, keys and ProxyJump stay as ssh uses them.</source>
        <translation>
            <numerusform>Hosts encontrados: %n. Cada uno se convierte en un perfil de conexión; el usuario, el puerto, las claves y ProxyJump se mantienen como los usa ssh.</numerusform>
            <numerusform>Hosts encontrados: %n. Cada uno se convierte en un perfil de conexión; el usuario, el puerto, las claves y ProxyJump se mantienen como los usa ssh.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ZoneDiagnosticModel</name>
    <message>
        <source>No problems found.</source>
        <translation>No se encontraron problemas.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>zona</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
</context>
<context>
    <name>ZoneDocument</name>
    <message>
        <source>Parenthesis &quot;(&quot; is never closed: the record runs to the end of the file.</source>
        <translation>El paréntesis &quot;(&quot; nunca se cierra: el registro llega hasta el final del archivo.</translation>
    </message>
    <message>
        <source>Parenthesis &quot;)&quot; has no matching &quot;(&quot;.</source>
        <translation>El paréntesis &quot;)&quot; no tiene un &quot;(&quot; correspondiente.</translation>
    </message>
    <message>
        <source>Unknown directive %1 (known: $ORIGIN, $TTL, $INCLUDE, $GENERATE).</source>
        <translation>Directiva desconocida %1 (conocidas: $ORIGIN, $TTL, $INCLUDE, $GENERATE).</translation>
    </message>
    <message>
        <source>The record type is missing (A, AAAA, CNAME, MX, TXT, ...).</source>
        <translation>Falta el tipo de registro (A, AAAA, CNAME, MX, TXT, ...).</translation>
    </message>
    <message>
        <source>Unknown record type &quot;%1&quot;.</source>
        <translation>Tipo de registro desconocido &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Class %1 does not belong in an Internet zone; use IN or leave the class out.</source>
        <translation>La clase %1 no corresponde a una zona de Internet; use IN u omita la clase.</translation>
    </message>
    <message>
        <source>No TTL given and no $TTL line: the SOA minimum is used as the TTL.</source>
        <translation>No se indicó ningún TTL ni hay línea $TTL: se usa el mínimo del SOA como TTL.</translation>
    </message>
    <message>
        <source>This record has no TTL and no $TTL line comes before it.</source>
        <translation>Este registro no tiene TTL y no hay ninguna línea $TTL antes de él.</translation>
    </message>
    <message>
        <source>The SOA record must be at the top of the zone (%1); this one is at %2</source>
        <translation>El registro SOA debe estar en el ápice de la zona (%1); este está en %2</translation>
    </message>
    <message>
        <source>Unknown record type &quot;%1&quot; in $GENERATE.</source>
        <translation>Tipo de registro desconocido &quot;%1&quot; en $GENERATE.</translation>
    </message>
    <message>
        <source>Only the first %1 records of this $GENERATE were checked.</source>
        <translation>Solo se comprobaron los primeros %1 registros de este $GENERATE.</translation>
    </message>
    <message>
        <source>For %1: %2</source>
        <translation>Para %1: %2</translation>
    </message>
    <message>
        <source>Duplicate %1 record for %2: the server keeps only one copy.</source>
        <translation>Registro %1 duplicado para %2: el servidor conserva solo una copia.</translation>
    </message>
    <message>
        <source>The %1 records of %2 have different TTLs; the server uses one TTL for all of them.</source>
        <translation>Los registros %1 de %2 tienen TTL distintos; el servidor usa un único TTL para todos ellos.</translation>
    </message>
    <message>
        <source>The zone has more than one SOA record.</source>
        <translation>La zona tiene más de un registro SOA.</translation>
    </message>
    <message>
        <source>Name server %1 is below the DNAME at %2, which redirects it elsewhere.</source>
        <translation>El servidor de nombres %1 está por debajo del DNAME de %2, que lo redirige a otro lugar.</translation>
    </message>
    <message>
        <source>Name server %1 of the delegation %2 has no A or AAAA (glue) record in this zone.</source>
        <translation>El servidor de nombres %1 de la delegación %2 no tiene registro A ni AAAA (glue) en esta zona.</translation>
    </message>
    <message>
        <source>The zone has no SOA record at its top (%1); a server will not load it.</source>
        <translation>La zona no tiene registro SOA en su ápice (%1); ningún servidor la cargará.</translation>
    </message>
    <message>
        <source>The zone has no NS record at its top (%1); name its servers with &quot;@ IN NS host&quot;.</source>
        <translation>La zona no tiene registro NS en su ápice (%1); indique sus servidores con &quot;@ IN NS host&quot;.</translation>
    </message>
    <message>
        <source>The zone has no SOA record to raise the serial of.</source>
        <translation>La zona no tiene ningún registro SOA cuyo serial se pueda incrementar.</translation>
    </message>
    <message>
        <source>The SOA record is not well formed; fix it before raising the serial.</source>
        <translation>El registro SOA no está bien formado; corríjalo antes de incrementar el serial.</translation>
    </message>
    <message>
        <source>The SOA serial is not a number.</source>
        <translation>El serial del SOA no es un número.</translation>
    </message>
</context>
<context>
    <name>ZoneListModel</name>
    <message>
        <source>%1 (differs)</source>
        <translation>%1 (difiere)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>The server answers serial %1 but the file has %2: the file is not live (not reloaded yet, or CoreDNS refused it).</source>
        <translation>El servidor responde el serial %1, pero el archivo tiene %2: el archivo no está activo (aún no se recargó o CoreDNS lo rechazó).</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recarga</translation>
    </message>
    <message>
        <source>Serial in file</source>
        <translation>Serial en el archivo</translation>
    </message>
    <message>
        <source>Serial served</source>
        <translation>Serial servido</translation>
    </message>
</context>
<context>
    <name>ZoneRecordModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
</context>
<context>
    <name>ZoneSave</name>
    <message numerus="yes">
        <source>The zone has %n error(s); it is not saved until they are fixed.</source>
        <translation>
            <numerusform>La zona tiene %n error; no se guarda hasta que se corrija.</numerusform>
            <numerusform>La zona tiene %n errores; no se guarda hasta que se corrijan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changed: the zone is as it was opened.</source>
        <translation>No cambió nada: la zona está como se abrió.</translation>
    </message>
    <message>
        <source>The zone has no well-formed SOA record, so CoreDNS could not load it.</source>
        <translation>La zona no tiene un registro SOA bien formado, así que CoreDNS no podría cargarla.</translation>
    </message>
    <message>
        <source>The serial %1 is lower than the file&apos;s %2: secondary servers would keep the old zone. Raise it instead.</source>
        <translation>El serial %1 es menor que el %2 del archivo: los servidores secundarios conservarían la zona antigua. Increméntelo en su lugar.</translation>
    </message>
    <message>
        <source>The serial %1 is what the server has already loaded: CoreDNS would keep serving the old zone. Raise the serial before saving.</source>
        <translation>El serial %1 es el que el servidor ya cargó: CoreDNS seguiría sirviendo la zona antigua. Incremente el serial antes de guardar.</translation>
    </message>
    <message>
        <source>The SOA serial could not be raised.</source>
        <translation>No se pudo incrementar el serial del SOA.</translation>
    </message>
</context>
<context>
    <name>ZoneSaveDialog</name>
    <message>
        <source>Save zone</source>
        <translation>Guardar zona</translation>
    </message>
    <message>
        <source>Make it live</source>
        <translation>Publicar la zona</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>Guardar %1</translation>
    </message>
    <message>
        <source>The SOA serial goes from %1 to %2 (raised automatically, so CoreDNS reloads the zone).</source>
        <translation>El serial del SOA pasa de %1 a %2 (incrementado automáticamente para que CoreDNS recargue la zona).</translation>
    </message>
    <message>
        <source>The SOA serial goes from %1 to %2.</source>
        <translation>El serial del SOA pasa de %1 a %2.</translation>
    </message>
    <message>
        <source>Wait for CoreDNS to re-read the file (every %1 s)</source>
        <translation>Esperar a que CoreDNS vuelva a leer el archivo (cada %1 s)</translation>
    </message>
    <message>
        <source>Wait for CoreDNS to re-read the file (reload is off in the Corefile: it will not)</source>
        <translation>Esperar a que CoreDNS vuelva a leer el archivo (reload está desactivado en el Corefile: no lo hará)</translation>
    </message>
    <message>
        <source>These exact changes will be written to %1 in the dns container, only if the file there is still the one that was opened. %2</source>
        <translation>Estos cambios exactos se escribirán en %1 del contenedor dns, solo si el archivo sigue siendo el que se abrió. %2</translation>
    </message>
    <message>
        <source>Reload CoreDNS now with SIGUSR1 (restarts its server blocks; never SIGHUP, which CoreDNS ignores):</source>
        <translation>Recargar CoreDNS ahora con SIGUSR1 (reinicia sus bloques de servidor; nunca SIGHUP, que CoreDNS ignora):</translation>
    </message>
</context>
<context>
    <name>ZoneVerifier</name>
    <message>
        <source>The DNS server still serves the old zone after %1 s: %2 CoreDNS keeps the old data when the new file does not parse or its serial did not change; look for &quot;plugin/file&quot; errors in /opt/gbo/logs/coredns.log.</source>
        <translation>El servidor DNS sigue sirviendo la zona antigua tras %1 s: %2 CoreDNS conserva los datos antiguos cuando el archivo nuevo no se puede analizar o su serial no cambió; busque errores &quot;plugin/file&quot; en /opt/gbo/logs/coredns.log.</translation>
    </message>
    <message>
        <source>it answers serial %1, not %2.</source>
        <translation>responde el serial %1, no %2.</translation>
    </message>
    <message>
        <source>%1 %2 answers &quot;%3&quot;, expected &quot;%4&quot;.</source>
        <translation>%1 %2 responde &quot;%3&quot;; se esperaba &quot;%4&quot;.</translation>
    </message>
</context>
<context>
    <name>ZstdSeekable</name>
    <message>
        <source>File too short for a seek table</source>
        <translation>Archivo demasiado corto para una tabla de búsqueda</translation>
    </message>
    <message>
        <source>No seek table (seekable magic missing)</source>
        <translation>No hay tabla de búsqueda (falta el número mágico seekable)</translation>
    </message>
    <message>
        <source>Seek table descriptor has reserved bits set</source>
        <translation>El descriptor de la tabla de búsqueda tiene bits reservados activados</translation>
    </message>
    <message>
        <source>Seek table claims %1 bytes, more than the file&apos;s %2</source>
        <translation>La tabla de búsqueda declara %1 bytes, más que los %2 del archivo</translation>
    </message>
    <message>
        <source>Seek table needs %1 tail bytes, got %2</source>
        <translation>La tabla de búsqueda necesita %1 bytes finales, pero recibió %2</translation>
    </message>
    <message>
        <source>Seek table: bad skippable-frame magic at byte %1</source>
        <translation>Tabla de búsqueda: número mágico de skippable frame no válido en el byte %1</translation>
    </message>
    <message>
        <source>Seek table: frame size field does not match the frame count at byte %1</source>
        <translation>Tabla de búsqueda: el campo de tamaño del frame no corresponde al número de frames en el byte %1</translation>
    </message>
    <message>
        <source>Seek table: frames add up to %1 compressed bytes but the table starts at byte %2</source>
        <translation>Tabla de búsqueda: los frames suman %1 bytes comprimidos, pero la tabla empieza en el byte %2</translation>
    </message>
    <message>
        <source>Cannot seek to the seek table</source>
        <translation>No se puede posicionar en la tabla de búsqueda</translation>
    </message>
    <message>
        <source>Corrupt zstd frame at byte %1: %2</source>
        <translation>Frame zstd corrupto en el byte %1: %2</translation>
    </message>
    <message>
        <source>Checksum mismatch in the zstd frame at byte %1</source>
        <translation>La suma de comprobación no coincide en el frame zstd del byte %1</translation>
    </message>
    <message>
        <source>No frame %1 in the seek table</source>
        <translation>No hay frame %1 en la tabla de búsqueda</translation>
    </message>
    <message>
        <source>Cannot seek to byte %1</source>
        <translation>No se puede posicionar en el byte %1</translation>
    </message>
    <message>
        <source>File ends inside the zstd frame at byte %1</source>
        <translation>El archivo termina dentro del frame zstd en el byte %1</translation>
    </message>
    <message>
        <source>Corrupt zstd data near compressed byte %1 (%2); %3 bytes decoded before it</source>
        <translation>Datos zstd corruptos cerca del byte comprimido %1 (%2); %3 bytes decodificados antes de él</translation>
    </message>
    <message>
        <source>Decoding stopped</source>
        <translation>Decodificación detenida</translation>
    </message>
    <message>
        <source>Read error at compressed byte %1: %2</source>
        <translation>Error de lectura en el byte comprimido %1: %2</translation>
    </message>
    <message>
        <source>Write failed: %1</source>
        <translation>Error de escritura: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Runs the daily health checks on a host and prints a report. Exit status: 0 all checks passed, 1 some check failed, 2 the host could not be reached (an unknown or changed host key counts).</source>
        <translation>Ejecuta las comprobaciones diarias de estado en un host e imprime un informe. Estado de salida: 0 todas las comprobaciones se superaron, 1 alguna comprobación falló, 2 no se pudo alcanzar el host (una clave de host desconocida o cambiada cuenta).</translation>
    </message>
    <message>
        <source>Check the saved profile or ssh config alias &lt;host&gt;.</source>
        <translation>Comprobar el perfil guardado o el alias de la configuración ssh &lt;host&gt;.</translation>
    </message>
    <message>
        <source>Read host aliases from &lt;file&gt; instead of ~/.ssh/config.</source>
        <translation>Leer los alias de host de &lt;file&gt; en lugar de ~/.ssh/config.</translation>
    </message>
    <message>
        <source>Desktop administration for General Bots hosts</source>
        <translation>Administración de hosts de General Bots desde el escritorio</translation>
    </message>
    <message>
        <source>Connect to the ssh config alias &lt;alias&gt; at start (not saved as a profile).</source>
        <translation>Conectar al alias de la configuración ssh &lt;alias&gt; al iniciar (no se guarda como perfil).</translation>
    </message>
    <message>
        <source>Connect to the saved profile &lt;name&gt; at start.</source>
        <translation>Conectar al perfil guardado &lt;name&gt; al iniciar.</translation>
    </message>
    <message>
        <source>With --connect: treat the host as PROD, STAGE or OTHER instead of detecting it.</source>
        <translation>Con --connect: tratar el host como PROD, STAGE u OTHER en lugar de detectarlo.</translation>
    </message>
    <message>
        <source>Open on the tab &lt;name&gt; (Health, Containers, … Logs).</source>
        <translation>Abrir en la pestaña &lt;name&gt; (Health, Containers, … Logs).</translation>
    </message>
    <message>
        <source>Check without a window that this installation works (SQLite driver, journal, translations).</source>
        <translation>Comprobar, sin ventana, que esta instalación funciona (controlador SQLite, bitácora, traducciones).</translation>
    </message>
    <message>
        <source>Open the window, save a picture of it to &lt;file&gt; (PNG) and quit.</source>
        <translation>Abrir la ventana, guardar una imagen de ella en &lt;file&gt; (PNG) y salir.</translation>
    </message>
</context>
</TS>
