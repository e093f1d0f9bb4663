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
    <name>BotsPlaceholder</name>
    <message>
        <source>Bots</source>
        <translation>Bots</translation>
    </message>
    <message>
        <source>The bots of the botserver database and their config.csv</source>
        <translation>Los bots de la base de datos del botserver y sus config.csv</translation>
    </message>
    <message>
        <source>Edit config.csv with a backup to /tmp first, and check DriveMonitor picked it up</source>
        <translation>Editar config.csv con una copia de seguridad previa en /tmp y comprobar que DriveMonitor lo cargó</translation>
    </message>
    <message>
        <source>Bot URLs on chat.{stage.}domain.com</source>
        <translation>URL de los bots en chat.{stage.}domain.com</translation>
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
    <name>CiPlaceholder</name>
    <message>
        <source>CI</source>
        <translation>CI</translation>
    </message>
    <message>
        <source>Forgejo Actions runs, jobs and steps from the ALM database</source>
        <translation>Ejecuciones, trabajos y pasos de Forgejo Actions desde la base de datos del ALM</translation>
    </message>
    <message>
        <source>Task logs (seekable zstd) with step folding, ANSI colours and search</source>
        <translation>Registros de las tareas (zstd con acceso aleatorio) con pasos plegables, colores ANSI y búsqueda</translation>
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
    <name>DnsPlaceholder</name>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>The zone files with a record editor that keeps the file as the admin wrote it</source>
        <translation>Los archivos de zona, con un editor de registros que conserva el archivo tal como lo escribió el administrador</translation>
    </message>
    <message>
        <source>Validation, SOA serial bump and verification after the reload</source>
        <translation>Validación, incremento del serial del SOA y verificación tras la recarga</translation>
    </message>
</context>
<context>
    <name>DrivePlaceholder</name>
    <message>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <source>The MinIO buckets and objects (mc), browsed like folders</source>
        <translation>Los buckets y objetos de MinIO (mc), navegables como carpetas</translation>
    </message>
    <message>
        <source>Download and upload streamed over SSH, with ETag checks before overwriting</source>
        <translation>Descarga y subida transmitidas por SSH, con comprobación del ETag antes de sobrescribir</translation>
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
    <message>
        <source>%n recent error line(s) in err.log</source>
        <translation>%n línea(s) de error reciente(s) en err.log</translation>
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
</context>
<context>
    <name>HealthCommand::UnattendedPrompts</name>
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
        <source>Show timestamps (local time)</source>
        <translation>Mostrar marcas de tiempo (hora local)</translation>
    </message>
    <message>
        <source>Timestamps</source>
        <translation>Marcas de tiempo</translation>
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
        <source>Following %1 in system — %2 lines kept (of at most %3)</source>
        <translation>Siguiendo %1 en system — %2 líneas conservadas (de un máximo de %3)</translation>
    </message>
    <message numerus="yes">
        <source>paused: %n new line(s) below — scroll to the bottom to resume</source>
        <translation>
            <numerusform>en pausa: %n línea nueva abajo — desplácese al final para reanudar</numerusform>
            <numerusform>en pausa: %n líneas nuevas abajo — desplácese al final para reanudar</numerusform>
        </translation>
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
</context>
<context>
    <name>PlaceholderPane</name>
    <message>
        <source>This pane is not built yet. It will be added by its own issue; nothing here talks to the host.</source>
        <translation>Esta pestaña aún no está construida. Llegará con su propia incidencia; nada aquí se comunica con el host.</translation>
    </message>
    <message>
        <source>What will come here:</source>
        <translation>Lo que habrá aquí:</translation>
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
