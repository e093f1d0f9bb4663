<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About GB Admin</source>
        <translation>Sobre o GB Admin</translation>
    </message>
    <message>
        <source>GB Admin icon</source>
        <translation>Ícone do GB Admin</translation>
    </message>
    <message>
        <source>Desktop administration for General Bots hosts: containers, bots, drive, DNS and CI over SSH, with confirmations on production and a journal of every change.</source>
        <translation>Administração de hosts General Bots no desktop: contêineres, bots, drive, DNS e CI por SSH, com confirmação em produção e um registro de cada alteração.</translation>
    </message>
    <message>
        <source>Free software under the GNU Affero General Public License, version 3 or later.</source>
        <translation>Software livre sob a GNU Affero General Public License, versão 3 ou posterior.</translation>
    </message>
    <message>
        <source>&amp;Running with:</source>
        <translation>&amp;Em execução com:</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <source>GB Admin %1</source>
        <translation>GB Admin %1</translation>
    </message>
    <message>
        <source>&amp;Copy Versions</source>
        <translation>&amp;Copiar versões</translation>
    </message>
    <message>
        <source>Copy the versions above as text, for a bug report</source>
        <translation>Copia as versões acima como texto, para um relato de bug</translation>
    </message>
    <message>
        <source>Syntax highlighting</source>
        <translation>Realce de sintaxe</translation>
    </message>
    <message>
        <source>built-in (KSyntaxHighlighting was not available at build time)</source>
        <translation>embutido (o KSyntaxHighlighting não estava disponível na compilação)</translation>
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
        <translation>Os bots do banco de dados do botserver e seus config.csv</translation>
    </message>
    <message>
        <source>Edit config.csv with a backup to /tmp first, and check DriveMonitor picked it up</source>
        <translation>Editar o config.csv com backup prévio em /tmp e conferir se o DriveMonitor o carregou</translation>
    </message>
    <message>
        <source>Bot URLs on chat.{stage.}domain.com</source>
        <translation>URLs dos bots em chat.{stage.}domain.com</translation>
    </message>
</context>
<context>
    <name>Ci</name>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Sucesso</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Falha</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorado</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Aguardando</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Em execução</translation>
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
        <translation>Execuções, jobs e etapas do Forgejo Actions a partir do banco de dados do ALM</translation>
    </message>
    <message>
        <source>Task logs (seekable zstd) with step folding, ANSI colours and search</source>
        <translation>Logs das tarefas (zstd pesquisável) com etapas recolhíveis, cores ANSI e busca</translation>
    </message>
</context>
<context>
    <name>ComponentVersions</name>
    <message>
        <source>driver missing</source>
        <translation>driver ausente</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (compilado com %2)</translation>
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
        <translation>Estes comandos serão executados no host, nesta ordem:</translation>
    </message>
    <message>
        <source>To undo:</source>
        <translation>Para desfazer:</translation>
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
        <translation>Alvo: %1 em %2</translation>
    </message>
    <message>
        <source>A backup is taken first: %1</source>
        <translation>Antes é feito um backup: %1</translation>
    </message>
    <message>
        <source>No backup is taken.</source>
        <translation>Nenhum backup é feito.</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>E&amp;xecutar</translation>
    </message>
    <message>
        <source>This runs on &lt;b&gt;PROD&lt;/b&gt;. Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Isto será executado em &lt;b&gt;PROD&lt;/b&gt;. Digite &lt;b&gt;%1&lt;/b&gt; para confirmar:</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connect to a host</source>
        <translation>Conectar a um host</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Perfis</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Novo</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;xcluir</translation>
    </message>
    <message>
        <source>&amp;Import ~/.ssh/config</source>
        <translation>&amp;Importar ~/.ssh/config</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;me:</translation>
    </message>
    <message>
        <source>prod</source>
        <translation>prod</translation>
    </message>
    <message>
        <source>SSH config &amp;alias:</source>
        <translation>&amp;Alias do SSH config:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>from the alias, or e.g. 10.0.2.5</source>
        <translation>do alias, ou p. ex. 10.0.2.5</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuário:</translation>
    </message>
    <message>
        <source>from the alias, or your user name</source>
        <translation>do alias, ou o seu nome de usuário</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>P&amp;orta:</translation>
    </message>
    <message>
        <source>default</source>
        <translation>padrão</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>Arquivo de &amp;chave:</translation>
    </message>
    <message>
        <source>from the alias, or ~/.ssh/id_*</source>
        <translation>do alias, ou ~/.ssh/id_*</translation>
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
        <translation>do alias, ou usuario@bastion:22</translation>
    </message>
    <message>
        <source>Au&amp;thentication:</source>
        <translation>Au&amp;tenticação:</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>A&amp;mbiente:</translation>
    </message>
    <message>
        <source>R&amp;ules…</source>
        <translation>&amp;Regras…</translation>
    </message>
    <message>
        <source>&amp;Read-only: refuse every action that changes the host</source>
        <translation>Somente &amp;leitura: recusar toda ação que altere o host</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testar conexão</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>&amp;Salvar perfil</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>Automatic (agent, key files, password)</source>
        <translation>Automática (agente, arquivos de chave, senha)</translation>
    </message>
    <message>
        <source>SSH agent only</source>
        <translation>Somente o agente SSH</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Arquivo de chave</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Chave privada</translation>
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
        <translation>(sem nome)</translation>
    </message>
    <message>
        <source>Deleted the profile &quot;%1&quot;.</source>
        <translation>O perfil &quot;%1&quot; foi excluído.</translation>
    </message>
    <message>
        <source>Saved the profile &quot;%1&quot;.</source>
        <translation>O perfil &quot;%1&quot; foi salvo.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n host(s) from %1.</source>
        <translation>
            <numerusform>%n host importado de %1.</numerusform>
            <numerusform>%n hosts importados de %1.</numerusform>
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
        <translation>Nome</translation>
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
        <translation>Snapshots</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Portas</translation>
    </message>
</context>
<context>
    <name>ContainerOperations</name>
    <message>
        <source>Start container %1</source>
        <translation>Iniciar o contêiner %1</translation>
    </message>
    <message>
        <source>Start containers %1</source>
        <translation>Iniciar os contêineres %1</translation>
    </message>
    <message>
        <source>Stop container %1</source>
        <translation>Parar o contêiner %1</translation>
    </message>
    <message>
        <source>Stop containers %1</source>
        <translation>Parar os contêineres %1</translation>
    </message>
    <message>
        <source>Restart container %1</source>
        <translation>Reiniciar o contêiner %1</translation>
    </message>
    <message>
        <source>Restart containers %1</source>
        <translation>Reiniciar os contêineres %1</translation>
    </message>
    <message>
        <source>No container selected.</source>
        <translation>Nenhum contêiner selecionado.</translation>
    </message>
    <message>
        <source>The %1 name is empty.</source>
        <translation>O nome de %1 está vazio.</translation>
    </message>
    <message>
        <source>The %1 name &quot;%2&quot; starts with &apos;-&apos;, which incus would read as an option; refusing to run it.</source>
        <translation>O nome de %1 &quot;%2&quot; começa com &apos;-&apos;, que o incus leria como uma opção; a execução foi recusada.</translation>
    </message>
    <message>
        <source>The %1 name &quot;%2&quot; contains &apos;/&apos; or a control character; refusing to run it.</source>
        <translation>O nome de %1 &quot;%2&quot; contém &apos;/&apos; ou um caractere de controle; a execução foi recusada.</translation>
    </message>
    <message>
        <source>Snapshot container %1 as %2</source>
        <translation>Criar snapshot %2 do contêiner %1</translation>
    </message>
    <message>
        <source>Snapshot containers %1 as %2</source>
        <translation>Criar snapshot %2 dos contêineres %1</translation>
    </message>
    <message>
        <source>Snapshot %1</source>
        <translation>Criar snapshot de %1</translation>
    </message>
    <message>
        <source>Delete snapshot %1 of %2</source>
        <translation>Excluir o snapshot %1 de %2</translation>
    </message>
    <message>
        <source>Snapshot container %1 as %2, then restart it</source>
        <translation>Criar snapshot %2 do contêiner %1 e depois reiniciá-lo</translation>
    </message>
    <message>
        <source>Restore snapshot %1 of %2</source>
        <translation>Restaurar o snapshot %1 de %2</translation>
    </message>
    <message>
        <source>Restore container %1 to snapshot %2</source>
        <translation>Restaurar o contêiner %1 para o snapshot %2</translation>
    </message>
    <message>
        <source>Delete snapshot %2 of container %1</source>
        <translation>Excluir o snapshot %2 do contêiner %1</translation>
    </message>
    <message>
        <source>Restart service %2 in container %1</source>
        <translation>Reiniciar o serviço %2 no contêiner %1</translation>
    </message>
    <message>
        <source>List containers</source>
        <translation>Listar contêineres</translation>
    </message>
    <message>
        <source>Log of container %1</source>
        <translation>Log do contêiner %1</translation>
    </message>
    <message>
        <source>Service states in %1</source>
        <translation>Estado dos serviços em %1</translation>
    </message>
</context>
<context>
    <name>ContainersPane</name>
    <message>
        <source>Filter by name, role or address (Ctrl+F)</source>
        <translation>Filtrar por nome, função ou endereço (Ctrl+F)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>incus start the selected containers</source>
        <translation>incus start nos contêineres selecionados</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>incus stop the selected containers</source>
        <translation>incus stop nos contêineres selecionados</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>incus restart the selected containers</source>
        <translation>incus restart nos contêineres selecionados</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>Create a pre-change-YYYYmmddHHMMSS snapshot of the selected containers</source>
        <translation>Cria um snapshot pre-change-YYYYmmddHHMMSS dos contêineres selecionados</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mais</translation>
    </message>
    <message>
        <source>Auto refresh</source>
        <translation>Atualizar automaticamente</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Run incus list now (F5)</source>
        <translation>Executar incus list agora (F5)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Parar</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>&amp;Reiniciar</translation>
    </message>
    <message>
        <source>Sna&amp;pshot</source>
        <translation>&amp;Snapshot</translation>
    </message>
    <message>
        <source>Snapshot, then restart</source>
        <translation>Snapshot e depois reiniciar</translation>
    </message>
    <message>
        <source>Snapshots…</source>
        <translation>Snapshots…</translation>
    </message>
    <message>
        <source>Show &amp;log</source>
        <translation>Mostrar &amp;log</translation>
    </message>
    <message>
        <source>Ser&amp;vices…</source>
        <translation>Ser&amp;viços…</translation>
    </message>
    <message>
        <source>Open s&amp;hell</source>
        <translation>Abrir s&amp;hell</translation>
    </message>
    <message>
        <source>Not connected. Connect to a host to see its containers.</source>
        <translation>Não conectado. Conecte-se a um host para ver os contêineres dele.</translation>
    </message>
    <message>
        <source>Could not list the containers: %1</source>
        <translation>Não foi possível listar os contêineres: %1</translation>
    </message>
    <message>
        <source>%1 containers, %2 running — updated %3</source>
        <translation>%1 contêineres, %2 em execução — atualizado às %3</translation>
    </message>
    <message>
        <source>Log of %1</source>
        <translation>Log de %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 em %2</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Contêineres</translation>
    </message>
</context>
<context>
    <name>CredentialDialog</name>
    <message>
        <source>Authentication</source>
        <translation>Autenticação</translation>
    </message>
    <message>
        <source>&amp;Remember in the keyring</source>
        <translation>&amp;Lembrar no chaveiro</translation>
    </message>
    <message>
        <source>Passphrase of the key %1</source>
        <translation>Frase secreta da chave %1</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Frase secreta:</translation>
    </message>
    <message>
        <source>Password of %1</source>
        <translation>Senha de %1</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Senha:</translation>
    </message>
    <message>
        <source>sudo on %1 asks for a password</source>
        <translation>O sudo em %1 pede uma senha</translation>
    </message>
    <message>
        <source>sudo password:</source>
        <translation>Senha do sudo:</translation>
    </message>
    <message>
        <source>%1 asks:</source>
        <translation>%1 pergunta:</translation>
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
        <translation>Os arquivos de zona, com um editor de registros que mantém o arquivo como o administrador o escreveu</translation>
    </message>
    <message>
        <source>Validation, SOA serial bump and verification after the reload</source>
        <translation>Validação, incremento do serial do SOA e verificação após o reload</translation>
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
        <translation>Os buckets e objetos do MinIO (mc), navegados como pastas</translation>
    </message>
    <message>
        <source>Download and upload streamed over SSH, with ETag checks before overwriting</source>
        <translation>Download e upload transmitidos por SSH, com verificação de ETag antes de sobrescrever</translation>
    </message>
</context>
<context>
    <name>EnvironmentBanner</name>
    <message>
        <source>Not connected</source>
        <translation>Não conectado</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>somente leitura</translation>
    </message>
</context>
<context>
    <name>EnvironmentRulesDialog</name>
    <message>
        <source>Environment rules</source>
        <translation>Regras de ambiente</translation>
    </message>
    <message>
        <source>A profile&apos;s environment is detected from its host name or address; the first rule that matches wins. Host patterns use * and ?; subnets are written like 10.0.2.0/24.</source>
        <translation>O ambiente de um perfil é detectado pelo nome ou endereço do host; vale a primeira regra que corresponder. Padrões de host usam * e ?; sub-redes são escritas como 10.0.2.0/24.</translation>
    </message>
    <message>
        <source>&amp;Add rule</source>
        <translation>&amp;Adicionar regra</translation>
    </message>
    <message>
        <source>&amp;Remove rule</source>
        <translation>&amp;Remover regra</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>Restaurar &amp;padrões</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Padrão</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Ambiente</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Nome do host</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>Sub-rede</translation>
    </message>
    <message>
        <source>Rule %1 has no pattern.</source>
        <translation>A regra %1 não tem padrão.</translation>
    </message>
    <message>
        <source>Rule %1: &quot;%2&quot; is not a subnet like 10.0.2.0/24.</source>
        <translation>Regra %1: &quot;%2&quot; não é uma sub-rede como 10.0.2.0/24.</translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <source>Could not run the check</source>
        <translation>Não foi possível executar a verificação</translation>
    </message>
    <message>
        <source>incus list failed (exit %1)</source>
        <translation>incus list falhou (saída %1)</translation>
    </message>
    <message>
        <source>Unreadable answer from incus list</source>
        <translation>Resposta ilegível do incus list</translation>
    </message>
    <message>
        <source>%1 of %2 containers running</source>
        <translation>%1 de %2 contêineres em execução</translation>
    </message>
    <message>
        <source>%1 is active</source>
        <translation>%1 está ativo</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 está %2</translation>
    </message>
    <message>
        <source>not active</source>
        <translation>inativo</translation>
    </message>
    <message>
        <source>%1 is running</source>
        <translation>%1 está em execução</translation>
    </message>
    <message>
        <source>%1 is down</source>
        <translation>%1 está fora do ar</translation>
    </message>
    <message>
        <source>Vault is sealed or not initialised</source>
        <translation>O Vault está selado ou não inicializado</translation>
    </message>
    <message>
        <source>The health endpoint answered an HTTP error (503 sealed, 501 not initialised). Unseal with 3 of the 5 keys.</source>
        <translation>O endpoint de saúde respondeu com um erro HTTP (503 selado, 501 não inicializado). Faça o unseal com 3 das 5 chaves.</translation>
    </message>
    <message>
        <source>Vault did not answer (curl exit %1)</source>
        <translation>O Vault não respondeu (saída do curl %1)</translation>
    </message>
    <message>
        <source>Vault answered something unexpected</source>
        <translation>O Vault respondeu algo inesperado</translation>
    </message>
    <message>
        <source>Vault is sealed</source>
        <translation>O Vault está selado</translation>
    </message>
    <message>
        <source>Vault is not initialised</source>
        <translation>O Vault não está inicializado</translation>
    </message>
    <message>
        <source>Vault is unsealed but in standby</source>
        <translation>O Vault está sem selo, mas em standby</translation>
    </message>
    <message>
        <source>Vault is unsealed</source>
        <translation>O Vault está sem selo</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>versão %1</translation>
    </message>
    <message>
        <source>/api/health answers</source>
        <translation>/api/health responde</translation>
    </message>
    <message>
        <source>/api/health failed (curl exit %1)</source>
        <translation>/api/health falhou (saída do curl %1)</translation>
    </message>
    <message>
        <source>err.log could not be read</source>
        <translation>Não foi possível ler o err.log</translation>
    </message>
    <message>
        <source>No recent errors in err.log</source>
        <translation>Nenhum erro recente no err.log</translation>
    </message>
    <message>
        <source>%n recent error line(s) in err.log</source>
        <translation>%n linha(s) de erro recente(s) no err.log</translation>
    </message>
    <message>
        <source>Containers running</source>
        <translation>Contêineres em execução</translation>
    </message>
    <message>
        <source>botserver active (system)</source>
        <translation>botserver ativo (system)</translation>
    </message>
    <message>
        <source>ui active (system)</source>
        <translation>ui ativo (system)</translation>
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
        <translation>Vault sem selo</translation>
    </message>
    <message>
        <source>App /api/health</source>
        <translation>App /api/health</translation>
    </message>
    <message>
        <source>Recent errors (err.log)</source>
        <translation>Erros recentes (err.log)</translation>
    </message>
    <message>
        <source>PENDING</source>
        <translation>PENDENTE</translation>
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
        <translation>FALHA</translation>
    </message>
    <message>
        <source>GB Admin health report for %1, %2</source>
        <translation>Relatório de saúde do GB Admin para %1, %2</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>Todas as verificações passaram.</translation>
    </message>
    <message>
        <source>Some checks need attention.</source>
        <translation>Algumas verificações precisam de atenção.</translation>
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
        <translation>gbadmin: sem resposta de %1 em %2 s</translation>
    </message>
</context>
<context>
    <name>HealthCommand::UnattendedPrompts</name>
    <message>
        <source>gbadmin: %1 needs a password or passphrase that is not in the keyring; use ssh-agent or save it from the app first.</source>
        <translation>gbadmin: %1 precisa de uma senha ou frase secreta que não está no chaveiro; use o ssh-agent ou salve-a antes pelo aplicativo.</translation>
    </message>
</context>
<context>
    <name>HealthModel</name>
    <message>
        <source>running…</source>
        <translation>em execução…</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Verificação</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Checked at</source>
        <translation>Verificado às</translation>
    </message>
</context>
<context>
    <name>HealthPane</name>
    <message>
        <source>Daily health check</source>
        <translation>Verificação diária de saúde</translation>
    </message>
    <message>
        <source>Hide IP addresses in the report</source>
        <translation>Ocultar endereços IP no relatório</translation>
    </message>
    <message>
        <source>Rewrite addresses as 10.x.x.x, as the operations guide asks for anything pasted into documentation or tickets</source>
        <translation>Reescreve os endereços como 10.x.x.x, como o guia de operações pede para tudo que for colado em documentação ou chamados</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>&amp;Copiar relatório</translation>
    </message>
    <message>
        <source>&amp;Run all checks</source>
        <translation>&amp;Executar todas as verificações</translation>
    </message>
    <message>
        <source>Select a check to see what it found.</source>
        <translation>Selecione uma verificação para ver o que ela encontrou.</translation>
    </message>
    <message>
        <source>Not connected. Connect to a host to run the checks.</source>
        <translation>Não conectado. Conecte-se a um host para executar as verificações.</translation>
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
        <translation>falhou</translation>
    </message>
    <message numerus="yes">
        <source>— %n running</source>
        <translation>
            <numerusform>— %n em execução</numerusform>
            <numerusform>— %n em execução</numerusform>
        </translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Saúde</translation>
    </message>
</context>
<context>
    <name>HostConnection</name>
    <message>
        <source>Not confirmed; nothing ran.</source>
        <translation>Não confirmado; nada foi executado.</translation>
    </message>
</context>
<context>
    <name>HostKeyDialog</name>
    <message>
        <source>Unknown host key</source>
        <translation>Chave de host desconhecida</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>Tipo de chave:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Impressão digital:</translation>
    </message>
    <message>
        <source>Saved to:</source>
        <translation>Salva em:</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Rejeitar</translation>
    </message>
    <message>
        <source>Accept &amp;once</source>
        <translation>Aceitar &amp;uma vez</translation>
    </message>
    <message>
        <source>Accept and &amp;save</source>
        <translation>Aceitar e &amp;salvar</translation>
    </message>
    <message>
        <source>Different host key type</source>
        <translation>Tipo de chave de host diferente</translation>
    </message>
    <message>
        <source>%1 is known, but with a different type of key.</source>
        <translation>%1 é conhecido, mas com outro tipo de chave.</translation>
    </message>
    <message>
        <source>This can happen after a server upgrade, or it can mean someone is intercepting the connection. Accept only if you can check the fingerprint below with the host&apos;s administrator.</source>
        <translation>Isso pode acontecer depois de uma atualização do servidor, ou pode significar que alguém está interceptando a conexão. Aceite somente se puder conferir a impressão digital abaixo com o administrador do host.</translation>
    </message>
    <message>
        <source>First connection to %1.</source>
        <translation>Primeira conexão a %1.</translation>
    </message>
    <message>
        <source>GB Admin cannot tell yet whether this is really the host you mean. Compare the fingerprint with the one the host&apos;s administrator gave you (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub on the host).</source>
        <translation>O GB Admin ainda não sabe se este é mesmo o host que você quer. Compare a impressão digital com a que o administrador do host lhe passou (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub no host).</translation>
    </message>
</context>
<context>
    <name>HostProfile</name>
    <message>
        <source>The profile &quot;%1&quot; names no host.</source>
        <translation>O perfil &quot;%1&quot; não indica nenhum host.</translation>
    </message>
</context>
<context>
    <name>Incus</name>
    <message>
        <source>incus list returned an entry that is not an object.</source>
        <translation>O incus list retornou uma entrada que não é um objeto.</translation>
    </message>
    <message>
        <source>incus list returned an instance without a name.</source>
        <translation>O incus list retornou uma instância sem nome.</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>Cannot create the folder for the journal: %1</source>
        <translation>Não é possível criar a pasta do registro: %1</translation>
    </message>
    <message>
        <source>Cannot open the journal %1: %2</source>
        <translation>Não é possível abrir o registro %1: %2</translation>
    </message>
    <message>
        <source>The journal %1 is not a readable database.</source>
        <translation>O registro %1 não é um banco de dados legível.</translation>
    </message>
    <message>
        <source>The journal %1 was written by a newer GB Admin (schema %2, this one knows %3). Update GB Admin; the journal was left untouched.</source>
        <translation>O registro %1 foi gravado por um GB Admin mais novo (esquema %2, este conhece o %3). Atualize o GB Admin; o registro não foi alterado.</translation>
    </message>
    <message>
        <source>Internal error: journal migrations do not match the schema version.</source>
        <translation>Erro interno: as migrações do registro não correspondem à versão do esquema.</translation>
    </message>
    <message>
        <source>Cannot migrate the journal: %1</source>
        <translation>Não é possível migrar o registro: %1</translation>
    </message>
    <message>
        <source>Cannot migrate the journal to schema %1: %2</source>
        <translation>Não é possível migrar o registro para o esquema %1: %2</translation>
    </message>
    <message>
        <source>The journal is not open.</source>
        <translation>O registro não está aberto.</translation>
    </message>
    <message>
        <source>Cannot write to the journal: %1</source>
        <translation>Não é possível gravar no registro: %1</translation>
    </message>
    <message>
        <source>Cannot read the journal: %1</source>
        <translation>Não é possível ler o registro: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <source>No journal.</source>
        <translation>Sem registro.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Horário</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Ambiente</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
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
        <translation>Backup</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <source>Journal</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Filter by profile, action, command or result</source>
        <translation>Filtrar por perfil, ação, comando ou resultado</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Journal — GB Admin</source>
        <translation>Registro — GB Admin</translation>
    </message>
    <message>
        <source>All environments</source>
        <translation>Todos os ambientes</translation>
    </message>
    <message>
        <source>Export journal</source>
        <translation>Exportar registro</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
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
            <numerusform>%n entrada exportada para %1</numerusform>
            <numerusform>%n entradas exportadas para %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n linha</numerusform>
            <numerusform>%n linhas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… %n line(s)</source>
        <translation>
            <numerusform>… %n linha</numerusform>
            <numerusform>… %n linhas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogViewer</name>
    <message>
        <source>Search the log (Enter, F3 next, Shift+F3 previous)</source>
        <translation>Buscar no log (Enter, F3 próxima, Shift+F3 anterior)</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Expressão regular</translation>
    </message>
    <message>
        <source>.*</source>
        <translation>.*</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Diferenciar maiúsculas</translation>
    </message>
    <message>
        <source>Aa</source>
        <translation>Aa</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Ocorrência anterior (Shift+F3)</translation>
    </message>
    <message>
        <source>▲</source>
        <translation>▲</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Próxima ocorrência (F3)</translation>
    </message>
    <message>
        <source>▼</source>
        <translation>▼</translation>
    </message>
    <message>
        <source>Jump to the first error line</source>
        <translation>Ir para a primeira linha de erro</translation>
    </message>
    <message>
        <source>First error</source>
        <translation>Primeiro erro</translation>
    </message>
    <message>
        <source>Show timestamps (local time)</source>
        <translation>Mostrar data e hora (hora local)</translation>
    </message>
    <message>
        <source>Timestamps</source>
        <translation>Data e hora</translation>
    </message>
    <message>
        <source>Follow the end of a growing log; scrolling up pauses it</source>
        <translation>Acompanhar o fim de um log que cresce; rolar para cima pausa</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Acompanhar</translation>
    </message>
    <message>
        <source>Fold all groups</source>
        <translation>Recolher todos os grupos</translation>
    </message>
    <message>
        <source>Fold all</source>
        <translation>Recolher tudo</translation>
    </message>
    <message>
        <source>Unfold all groups and steps</source>
        <translation>Expandir todos os grupos e etapas</translation>
    </message>
    <message>
        <source>Unfold all</source>
        <translation>Expandir tudo</translation>
    </message>
    <message>
        <source>No error lines found.</source>
        <translation>Nenhuma linha de erro encontrada.</translation>
    </message>
    <message>
        <source>Copied the first %1 lines only.</source>
        <translation>Somente as primeiras %1 linhas foram copiadas.</translation>
    </message>
    <message>
        <source>%1 (at byte %2); the lines before it are shown.</source>
        <translation>%1 (no byte %2); as linhas anteriores são mostradas.</translation>
    </message>
    <message>
        <source>No log.</source>
        <translation>Sem log.</translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation>%1 linhas</translation>
    </message>
    <message>
        <source>reading %1%</source>
        <translation>lendo %1%</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>lendo…</translation>
    </message>
    <message>
        <source>invalid regular expression</source>
        <translation>expressão regular inválida</translation>
    </message>
    <message>
        <source>match %1 of %2</source>
        <translation>ocorrência %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n ocorrência</numerusform>
            <numerusform>%n ocorrências</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, searching…</source>
        <translation>%1, buscando…</translation>
    </message>
    <message>
        <source>follow paused (scroll to the end to resume)</source>
        <translation>acompanhamento pausado (role até o fim para retomar)</translation>
    </message>
</context>
<context>
    <name>Logs</name>
    <message>
        <source>The filter is not a valid regular expression: %1</source>
        <translation>O filtro não é uma expressão regular válida: %1</translation>
    </message>
    <message>
        <source>Follow %1</source>
        <translation>Acompanhar %1</translation>
    </message>
</context>
<context>
    <name>LogsPane</name>
    <message>
        <source>botserver&apos;s log in the system container</source>
        <translation>Log do botserver no contêiner system</translation>
    </message>
    <message>
        <source>err.log (warnings, errors)</source>
        <translation>err.log (avisos, erros)</translation>
    </message>
    <message>
        <source>out.log (info)</source>
        <translation>out.log (informações)</translation>
    </message>
    <message>
        <source>All lines</source>
        <translation>Todas as linhas</translation>
    </message>
    <message>
        <source>Errors (error|panic|failed)</source>
        <translation>Erros (error|panic|failed)</translation>
    </message>
    <message>
        <source>One bot&apos;s activity</source>
        <translation>Atividade de um bot</translation>
    </message>
    <message>
        <source>Drive and config</source>
        <translation>Drive e configuração</translation>
    </message>
    <message>
        <source>Model and LLM calls</source>
        <translation>Chamadas ao modelo e ao LLM</translation>
    </message>
    <message>
        <source>bot name</source>
        <translation>nome do bot</translation>
    </message>
    <message>
        <source>Filter lines</source>
        <translation>Filtrar linhas</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>Regex</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>Acompanhando</translation>
    </message>
    <message>
        <source>Follow the log live (tail -F); turn off to stop the stream</source>
        <translation>Acompanhar o log ao vivo (tail -F); desligue para parar a transmissão</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>Connect to a host to follow botserver&apos;s log.</source>
        <translation>Conecte-se a um host para acompanhar o log do botserver.</translation>
    </message>
    <message>
        <source>Search (Ctrl+F, Enter for next)</source>
        <translation>Buscar (Ctrl+F, Enter para a próxima)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Próxima</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Não conectado.</translation>
    </message>
    <message>
        <source>Paused by you.</source>
        <translation>Pausado por você.</translation>
    </message>
    <message>
        <source>The log stream stopped: %1</source>
        <translation>A transmissão do log parou: %1</translation>
    </message>
    <message>
        <source>Following %1 in system — %2 lines kept (of at most %3)</source>
        <translation>Acompanhando %1 no system — %2 linhas mantidas (de no máximo %3)</translation>
    </message>
    <message numerus="yes">
        <source>paused: %n new line(s) below — scroll to the bottom to resume</source>
        <translation>
            <numerusform>pausado: %n linha nova abaixo — role até o fim para retomar</numerusform>
            <numerusform>pausado: %n linhas novas abaixo — role até o fim para retomar</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected; following resumes when the connection is back.</source>
        <translation>Não conectado; o acompanhamento continua quando a conexão voltar.</translation>
    </message>
    <message>
        <source>Interrupted (%1); following resumes when the connection is back.</source>
        <translation>Interrompido (%1); o acompanhamento continua quando a conexão voltar.</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Logs</translation>
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
        <translation>&amp;Conexão</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>C&amp;onfigurações</translation>
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
        <translation>Nova &amp;janela (outro perfil)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Registro</translation>
    </message>
    <message>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferências…</translation>
    </message>
    <message>
        <source>Refresh interval, Logs buffer size, the terminal for Open shell and the Health report default</source>
        <translation>Intervalo de atualização, tamanho do buffer de Logs, o terminal de Abrir shell e o padrão do relatório de Saúde</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tarefas</translation>
    </message>
    <message>
        <source>The journal is not available: actions that change a host are disabled.</source>
        <translation>O registro não está disponível: as ações que alteram um host estão desativadas.</translation>
    </message>
    <message>
        <source>GB Admin — %1 · %2 (%3)</source>
        <translation>GB Admin — %1 · %2 (%3)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>&amp;About GB Admin</source>
        <translation>&amp;Sobre o GB Admin</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Close this message</source>
        <translation>Fechar esta mensagem</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Fechar mensagem</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>&lt;invalid command: %1&gt;</source>
        <translation>&lt;comando inválido: %1&gt;</translation>
    </message>
    <message>
        <source>Back up %1</source>
        <translation>Fazer backup de %1</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is read-only: &quot;%2&quot; would change the host and was not run.</source>
        <translation>O perfil &quot;%1&quot; é somente leitura: &quot;%2&quot; alteraria o host e não foi executado.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no target.</source>
        <translation>&quot;%1&quot; não indica nenhum alvo.</translation>
    </message>
</context>
<context>
    <name>OperationRunner</name>
    <message>
        <source>&quot;%1&quot; runs on PROD: type &quot;%2&quot; to confirm.</source>
        <translation>&quot;%1&quot; é executado em PROD: digite &quot;%2&quot; para confirmar.</translation>
    </message>
    <message>
        <source>The journal is not available, so &quot;%1&quot; was not run.</source>
        <translation>O registro não está disponível, por isso &quot;%1&quot; não foi executado.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no commands to run.</source>
        <translation>&quot;%1&quot; não tem comandos para executar.</translation>
    </message>
    <message>
        <source>%1 of %2 failed: %3</source>
        <translation>%1 de %2 falhou: %3</translation>
    </message>
    <message>
        <source>cancelled during step %1 of %2</source>
        <translation>cancelado durante a etapa %1 de %2</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>status de saída %1</translation>
    </message>
    <message>
        <source>backup failed, nothing changed</source>
        <translation>o backup falhou, nada foi alterado</translation>
    </message>
    <message>
        <source>failed at step %1 of %2</source>
        <translation>falhou na etapa %1 de %2</translation>
    </message>
    <message>
        <source>cancelled after step %1 of %2</source>
        <translation>cancelado após a etapa %1 de %2</translation>
    </message>
</context>
<context>
    <name>PlaceholderPane</name>
    <message>
        <source>This pane is not built yet. It will be added by its own issue; nothing here talks to the host.</source>
        <translation>Esta aba ainda não foi construída. Ela virá com a sua própria issue; nada aqui se comunica com o host.</translation>
    </message>
    <message>
        <source>What will come here:</source>
        <translation>O que virá aqui:</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <source>Refresh &amp;containers every:</source>
        <translation>Atualizar &amp;contêineres a cada:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How often the Containers tab runs incus list while Auto refresh is on. Applies at once, in every window.</source>
        <translation>Com que frequência a aba Contêineres executa incus list enquanto Atualizar automaticamente estiver ligado. Vale na hora, em todas as janelas.</translation>
    </message>
    <message>
        <source>&amp;Logs tab keeps:</source>
        <translation>A aba &amp;Logs mantém:</translation>
    </message>
    <message>
        <source> lines</source>
        <translation> linhas</translation>
    </message>
    <message>
        <source>The newest log lines the Logs tab holds while following; older ones are dropped. Making it smaller keeps the newest lines.</source>
        <translation>As linhas de log mais recentes que a aba Logs guarda enquanto acompanha; as mais antigas são descartadas. Ao diminuir, as mais recentes são mantidas.</translation>
    </message>
    <message>
        <source>&amp;Terminal for Open shell:</source>
        <translation>&amp;Terminal para Abrir shell:</translation>
    </message>
    <message>
        <source>The terminal emulator that Containers ▸ Open shell starts: a program name or path, optionally followed by the arguments that come before the command (e.g. wezterm start --). Double quotes group words; nothing goes through a shell. Empty: detect one ($TERMINAL, x-terminal-emulator, konsole, gnome-terminal, xfce4-terminal, xterm).</source>
        <translation>O emulador de terminal que Contêineres ▸ Abrir shell inicia: um nome ou caminho de programa, opcionalmente seguido dos argumentos que vêm antes do comando (p. ex. wezterm start --). Aspas duplas agrupam palavras; nada passa por um shell. Vazio: detectar um ($TERMINAL, x-terminal-emulator, konsole, gnome-terminal, xfce4-terminal, xterm).</translation>
    </message>
    <message>
        <source>Health report:</source>
        <translation>Relatório de saúde:</translation>
    </message>
    <message>
        <source>&amp;Hide IP addresses by default</source>
        <translation>&amp;Ocultar endereços IP por padrão</translation>
    </message>
    <message>
        <source>Whether the Health tab&apos;s Copy report starts with addresses rewritten as 10.x.x.x, as the operations guide asks for anything pasted into tickets or chat. The tab&apos;s own check box still changes it for one report.</source>
        <translation>Se o Copiar relatório da aba Saúde começa com os endereços reescritos como 10.x.x.x, como o guia de operações pede para tudo que for colado em chamados ou no chat. A caixa de seleção da própria aba ainda muda isso para um relatório.</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>The language of GB Admin&apos;s windows. System default follows the language of your desktop session.</source>
        <translation>O idioma das janelas do GB Admin. Padrão do sistema segue o idioma da sua sessão do desktop.</translation>
    </message>
    <message>
        <source>Applies the next time GB Admin starts.</source>
        <translation>Vale a partir da próxima vez que o GB Admin iniciar.</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Detectar automaticamente</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Padrão do sistema (%1)</translation>
    </message>
    <message>
        <source>No terminal emulator found: install one (e.g. xterm) or name one here.</source>
        <translation>Nenhum emulador de terminal encontrado: instale um (p. ex. xterm) ou indique um aqui.</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Detectado: %1</translation>
    </message>
    <message>
        <source>&lt;container&gt; on &lt;host&gt;</source>
        <translation>&lt;contêiner&gt; em &lt;host&gt;</translation>
    </message>
    <message>
        <source>Runs: %1 &lt;command&gt;</source>
        <translation>Executa: %1 &lt;comando&gt;</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>A profile needs a name.</source>
        <translation>Um perfil precisa de um nome.</translation>
    </message>
    <message>
        <source>Enter a host name or choose an alias from your SSH config.</source>
        <translation>Informe um nome de host ou escolha um alias do seu SSH config.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>A porta deve estar entre 1 e 65535.</translation>
    </message>
    <message>
        <source>Host and user names cannot contain spaces.</source>
        <translation>Nomes de host e de usuário não podem conter espaços.</translation>
    </message>
    <message>
        <source>A profile called &quot;%1&quot; already exists.</source>
        <translation>Já existe um perfil chamado &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>Psql</name>
    <message>
        <source>Invalid psql variable name: %1</source>
        <translation>Nome de variável do psql inválido: %1</translation>
    </message>
    <message>
        <source>A value for %1 holds a NUL character, which PostgreSQL cannot store.</source>
        <translation>Um valor para %1 contém um caractere NUL, que o PostgreSQL não consegue armazenar.</translation>
    </message>
    <message>
        <source>Unexpected quote in psql output at character %1.</source>
        <translation>Aspas inesperadas na saída do psql no caractere %1.</translation>
    </message>
    <message>
        <source>Unexpected text after a quoted field in psql output at character %1.</source>
        <translation>Texto inesperado após um campo entre aspas na saída do psql no caractere %1.</translation>
    </message>
    <message>
        <source>The psql output ended inside a quoted field.</source>
        <translation>A saída do psql terminou dentro de um campo entre aspas.</translation>
    </message>
    <message>
        <source>Row %1 of the psql output has %2 fields, expected %3.</source>
        <translation>A linha %1 da saída do psql tem %2 campos; eram esperados %3.</translation>
    </message>
    <message>
        <source>The database refused the query: %1</source>
        <translation>O banco de dados recusou a consulta: %1</translation>
    </message>
    <message>
        <source>psql failed (exit status %1): %2</source>
        <translation>o psql falhou (status de saída %1): %2</translation>
    </message>
    <message>
        <source>psql failed with exit status %1.</source>
        <translation>o psql falhou com status de saída %1.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Not connected.</source>
        <translation>Não conectado.</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Conectado a %1.</translation>
    </message>
    <message>
        <source>The connection failed.</source>
        <translation>A conexão falhou.</translation>
    </message>
</context>
<context>
    <name>SelfCheck</name>
    <message>
        <source>Qt SQLite driver loaded</source>
        <translation>driver SQLite do Qt carregado</translation>
    </message>
    <message>
        <source>Qt SQLite driver missing (Debian: libqt6sql6-sqlite); the journal cannot open</source>
        <translation>driver SQLite do Qt ausente (Debian: libqt6sql6-sqlite); o registro não pode ser aberto</translation>
    </message>
    <message>
        <source>journal %1: %2</source>
        <translation>registro %1: %2</translation>
    </message>
    <message>
        <source>journal %1 opened (schema %2, %3 entries)</source>
        <translation>registro %1 aberto (esquema %2, %3 entradas)</translation>
    </message>
    <message>
        <source>translations found in %1</source>
        <translation>traduções encontradas em %1</translation>
    </message>
    <message>
        <source>translations missing in %1: %2</source>
        <translation>traduções ausentes em %1: %2</translation>
    </message>
</context>
<context>
    <name>ServicesDialog</name>
    <message>
        <source>Service</source>
        <translation>Serviço</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Restart service…</source>
        <translation>&amp;Reiniciar serviço…</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Verificar de novo</translation>
    </message>
    <message>
        <source>Services in %1</source>
        <translation>Serviços em %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>Could not read the service states: %1</source>
        <translation>Não foi possível ler o estado dos serviços: %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Filter by action or key</source>
        <translation>Filtrar por ação ou tecla</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Filtrar atalhos</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Atalhos</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atalho</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Janela</translation>
    </message>
    <message>
        <source>CI log viewer</source>
        <translation>Visualizador de logs de CI</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Próxima ocorrência</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Ocorrência anterior</translation>
    </message>
    <message>
        <source>Copy the selected lines</source>
        <translation>Copiar as linhas selecionadas</translation>
    </message>
</context>
<context>
    <name>SnapshotsDialog</name>
    <message>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Criado em</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expira em</translation>
    </message>
    <message>
        <source>Stateful</source>
        <translation>Com estado</translation>
    </message>
    <message>
        <source>&amp;New snapshot</source>
        <translation>&amp;Novo snapshot</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;xcluir…</translation>
    </message>
    <message>
        <source>Snapshots of %1</source>
        <translation>Snapshots de %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
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
        <translation>Fazendo login</translation>
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
        <translation>Conexão perdida</translation>
    </message>
    <message>
        <source>The connection to %1 is being re-established; try again in a moment.</source>
        <translation>A conexão com %1 está sendo restabelecida; tente de novo em instantes.</translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation>Não conectado a %1.</translation>
    </message>
    <message>
        <source>a host</source>
        <translation>um host</translation>
    </message>
    <message>
        <source>No result within %1 ms.</source>
        <translation>Nenhum resultado em %1 ms.</translation>
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
        <translation>Nenhuma operação foi executada nesta janela ainda.</translation>
    </message>
    <message>
        <source>&amp;Cancel task</source>
        <translation>&amp;Cancelar tarefa</translation>
    </message>
    <message>
        <source>C&amp;lear finished</source>
        <translation>&amp;Limpar concluídas</translation>
    </message>
</context>
<context>
    <name>TerminalLauncher</name>
    <message>
        <source>No terminal is set.</source>
        <translation>Nenhum terminal definido.</translation>
    </message>
    <message>
        <source>The terminal set in Preferences, %1, is not an installed program.</source>
        <translation>O terminal definido nas Preferências, %1, não é um programa instalado.</translation>
    </message>
    <message>
        <source>The terminal %1 could not be started.</source>
        <translation>Não foi possível iniciar o terminal %1.</translation>
    </message>
    <message>
        <source>No terminal emulator found. Install one (e.g. xterm), set $TERMINAL or choose one in Preferences; the command is: %1</source>
        <translation>Nenhum emulador de terminal encontrado. Instale um (p. ex. xterm), defina $TERMINAL ou escolha um nas Preferências; o comando é: %1</translation>
    </message>
</context>
<context>
    <name>TextViewDialog</name>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>(no output)</source>
        <translation>(sem saída)</translation>
    </message>
    <message>
        <source>The command failed:
%1</source>
        <translation>O comando falhou:
%1</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to GB Admin</source>
        <translation>Boas-vindas ao GB Admin</translation>
    </message>
    <message>
        <source>GB Admin manages a General Bots host over SSH: its containers, bots, drive, DNS zones and CI. Add the host you administer to begin; it is saved as a connection profile (never with a password: those stay in your keyring).</source>
        <translation>O GB Admin administra um host General Bots por SSH: contêineres, bots, drive, zonas DNS e CI. Para começar, adicione o host que você administra; ele é salvo como um perfil de conexão (nunca com senha: senhas ficam no seu chaveiro).</translation>
    </message>
    <message>
        <source>Add a host by hand</source>
        <translation>Adicionar um host manualmente</translation>
    </message>
    <message>
        <source>Enter its address, user and how to log in (ssh-agent, a key file or a password).</source>
        <translation>Informe o endereço, o usuário e como fazer login (ssh-agent, um arquivo de chave ou uma senha).</translation>
    </message>
    <message>
        <source>Open the simulated host</source>
        <translation>Abrir o host simulado</translation>
    </message>
    <message>
        <source>Import hosts from %1</source>
        <translation>Importar hosts de %1</translation>
    </message>
    <message>
        <source>There is no %1 on this computer yet.</source>
        <translation>Ainda não existe %1 neste computador.</translation>
    </message>
    <message>
        <source>It names no host.</source>
        <translation>Ele não indica nenhum host.</translation>
    </message>
    <message>
        <source>The simulated General Bots host that scripts/demo.sh started is running: try GB Admin without touching a real host.</source>
        <translation>O host General Bots simulado que o scripts/demo.sh iniciou está em execução: experimente o GB Admin sem mexer em um host real.</translation>
    </message>
    <message numerus="yes">
        <source>Hosts in it: %n. Each becomes a connection profile; user, port, keys and ProxyJump stay as ssh uses them.</source>
        <translation>
            <numerusform>Hosts encontrados: %n. Cada um vira um perfil de conexão; usuário, porta, chaves e ProxyJump continuam como o ssh os usa.</numerusform>
            <numerusform>Hosts encontrados: %n. Cada um vira um perfil de conexão; usuário, porta, chaves e ProxyJump continuam como o ssh os usa.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ZoneRecordModel</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dados</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Runs the daily health checks on a host and prints a report. Exit status: 0 all checks passed, 1 some check failed, 2 the host could not be reached (an unknown or changed host key counts).</source>
        <translation>Executa as verificações diárias de saúde em um host e imprime um relatório. Status de saída: 0 todas as verificações passaram, 1 alguma verificação falhou, 2 não foi possível alcançar o host (uma chave de host desconhecida ou alterada conta).</translation>
    </message>
    <message>
        <source>Check the saved profile or ssh config alias &lt;host&gt;.</source>
        <translation>Verificar o perfil salvo ou o alias do ssh config &lt;host&gt;.</translation>
    </message>
    <message>
        <source>Read host aliases from &lt;file&gt; instead of ~/.ssh/config.</source>
        <translation>Ler os aliases de host de &lt;file&gt; em vez de ~/.ssh/config.</translation>
    </message>
    <message>
        <source>Desktop administration for General Bots hosts</source>
        <translation>Administração de hosts General Bots no desktop</translation>
    </message>
    <message>
        <source>Connect to the ssh config alias &lt;alias&gt; at start (not saved as a profile).</source>
        <translation>Conectar ao alias do ssh config &lt;alias&gt; ao iniciar (não é salvo como perfil).</translation>
    </message>
    <message>
        <source>Connect to the saved profile &lt;name&gt; at start.</source>
        <translation>Conectar ao perfil salvo &lt;name&gt; ao iniciar.</translation>
    </message>
    <message>
        <source>With --connect: treat the host as PROD, STAGE or OTHER instead of detecting it.</source>
        <translation>Com --connect: tratar o host como PROD, STAGE ou OTHER em vez de detectar.</translation>
    </message>
    <message>
        <source>Open on the tab &lt;name&gt; (Health, Containers, … Logs).</source>
        <translation>Abrir na aba &lt;name&gt; (Health, Containers, … Logs).</translation>
    </message>
    <message>
        <source>Check without a window that this installation works (SQLite driver, journal, translations).</source>
        <translation>Verificar, sem janela, se esta instalação funciona (driver SQLite, registro, traduções).</translation>
    </message>
    <message>
        <source>Open the window, save a picture of it to &lt;file&gt; (PNG) and quit.</source>
        <translation>Abrir a janela, salvar uma imagem dela em &lt;file&gt; (PNG) e sair.</translation>
    </message>
</context>
</TS>
