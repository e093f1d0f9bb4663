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
    <name>AutosaveRecoveryWidget</name>
    <message>
        <source>Unsaved edits from an earlier session</source>
        <translation>Edições não salvas de uma sessão anterior</translation>
    </message>
    <message>
        <source>GB Admin kept these edits when it was closed or stopped before they were saved. Restore one to continue editing it; saving still checks that the file on the host did not change meanwhile.</source>
        <translation>O GB Admin guardou estas edições quando foi fechado ou interrompido antes de salvá-las. Restaure uma para continuar a editá-la; ao salvar, ainda se verifica se o arquivo no host não mudou nesse meio-tempo.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Kept at</source>
        <translation>Guardado em</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
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
        <translation>Mais &amp;tarde</translation>
    </message>
    <message>
        <source>Hide this list; the edits stay kept until restored or discarded.</source>
        <translation>Ocultar esta lista; as edições ficam guardadas até serem restauradas ou descartadas.</translation>
    </message>
    <message>
        <source>Discard unsaved edit</source>
        <translation>Descartar edição não salva</translation>
    </message>
    <message>
        <source>Discard the unsaved edit of %1? It cannot be recovered afterwards.</source>
        <translation>Descartar a edição não salva de %1? Não será possível recuperá-la depois.</translation>
    </message>
</context>
<context>
    <name>AutosaveStore</name>
    <message>
        <source>Cannot create the folder for unsaved edits %1.</source>
        <translation>Não é possível criar a pasta para edições não salvas %1.</translation>
    </message>
    <message>
        <source>Cannot keep the unsaved edit of %1: %2</source>
        <translation>Não é possível guardar a edição não salva de %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an unsaved edit of this version of GB Admin.</source>
        <translation>%1 não é uma edição não salva desta versão do GB Admin.</translation>
    </message>
    <message>
        <source>%1 names no usable remote file: %2</source>
        <translation>%1 não indica nenhum arquivo remoto utilizável: %2</translation>
    </message>
    <message>
        <source>The unsaved edit of %1 in %2 is damaged.</source>
        <translation>A edição não salva de %1 em %2 está danificada.</translation>
    </message>
    <message>
        <source>No unsaved edit of %1 is kept.</source>
        <translation>Nenhuma edição não salva de %1 está guardada.</translation>
    </message>
    <message>
        <source>%1 belongs to another file.</source>
        <translation>%1 pertence a outro arquivo.</translation>
    </message>
    <message>
        <source>Cannot remove the kept edit of %1: %2</source>
        <translation>Não é possível remover a edição guardada de %1: %2</translation>
    </message>
</context>
<context>
    <name>BasicLint</name>
    <message>
        <source>This line starts with &quot;REM&quot;, so the compiler drops it as a comment (%1 never runs).</source>
        <translation>Esta linha começa com &quot;REM&quot;, então o compilador a descarta como comentário (%1 nunca é executado).</translation>
    </message>
    <message>
        <source>The compiler recognises %1 only in upper case.</source>
        <translation>O compilador reconhece %1 somente em maiúsculas.</translation>
    </message>
    <message>
        <source>Only ELSEIF is recognised: &quot;ELSE IF&quot; opens a new IF that is never closed.</source>
        <translation>Somente ELSEIF é reconhecido: &quot;ELSE IF&quot; abre um novo IF que nunca é fechado.</translation>
    </message>
    <message>
        <source>A single-line IF … THEN statement: the compiler drops &quot;%1&quot;; put it on its own line and close with END IF.</source>
        <translation>Uma instrução IF … THEN de uma linha: o compilador descarta &quot;%1&quot;; coloque-o em uma linha própria e feche com END IF.</translation>
    </message>
    <message>
        <source>A trailing &apos; comment reaches Rhai as a character literal and fails to compile; use // instead.</source>
        <translation>Um comentário &apos; no fim da linha chega ao Rhai como literal de caractere e não compila; use // em vez disso.</translation>
    </message>
    <message>
        <source>SELECT CASE is not recognised: write SELECT followed by the variable.</source>
        <translation>SELECT CASE não é reconhecido: escreva SELECT seguido da variável.</translation>
    </message>
    <message>
        <source>CASE ELSE is not recognised: it compares the value with the text &quot;ELSE&quot;.</source>
        <translation>CASE ELSE não é reconhecido: ele compara o valor com o texto &quot;ELSE&quot;.</translation>
    </message>
    <message>
        <source>&amp; is not string concatenation in GB BASIC (it is Rhai&apos;s bitwise AND); use +.</source>
        <translation>&amp; não é concatenação de strings no GB BASIC (é o AND bit a bit do Rhai); use +.</translation>
    </message>
    <message>
        <source>There is no _ line continuation: end the line with a comma to continue a statement, or join the lines.</source>
        <translation>Não existe continuação de linha com _: termine a linha com uma vírgula para continuar uma instrução, ou junte as linhas.</translation>
    </message>
    <message>
        <source>END FOR does not close FOR EACH: write NEXT followed by the loop variable.</source>
        <translation>END FOR não fecha FOR EACH: escreva NEXT seguido da variável do laço.</translation>
    </message>
    <message>
        <source>OPTIONAL is ignored: the compiler marks every PARAM as required.</source>
        <translation>OPTIONAL é ignorado: o compilador marca todo PARAM como obrigatório.</translation>
    </message>
</context>
<context>
    <name>BotListModel</name>
    <message>
        <source>not tracked (older botserver)</source>
        <translation>não rastreado (botserver antigo)</translation>
    </message>
    <message>
        <source>not seen by DriveMonitor</source>
        <translation>não visto pelo DriveMonitor</translation>
    </message>
    <message>
        <source>skipped: failed %1 times</source>
        <translation>ignorado: falhou %1 vezes</translation>
    </message>
    <message>
        <source>pending (failed %1 times)</source>
        <translation>pendente (falhou %1 vezes)</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendente</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>aplicado</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>DriveMonitor runs only for active bots.</source>
        <translation>O DriveMonitor só é executado para bots ativos.</translation>
    </message>
    <message>
        <source>No bucket %1: the bot has no files; DriveMonitor has nothing to sync.</source>
        <translation>Nenhum bucket %1: o bot não tem arquivos; o DriveMonitor não tem nada para sincronizar.</translation>
    </message>
    <message>
        <source>DriveMonitor skips %1 after %2 failures. Remove it from Drive or fix the file and upload it again.</source>
        <translation>O DriveMonitor ignora %1 após %2 falhas. Remova-o do Drive ou corrija o arquivo e envie-o de novo.</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criado</translation>
    </message>
    <message>
        <source>Config changed</source>
        <translation>Config. alterada</translation>
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
        <translation>Arquivos da KB</translation>
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
        <translation>Ativar o bot %1</translation>
    </message>
    <message>
        <source>Deactivate bot %1</source>
        <translation>Desativar o bot %1</translation>
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
        <translation>%1: status de saída %2.</translation>
    </message>
    <message>
        <source>List bots</source>
        <translation>Listar bots</translation>
    </message>
    <message>
        <source>Unexpected columns from the bots query: %1</source>
        <translation>Colunas inesperadas na consulta de bots: %1</translation>
    </message>
    <message>
        <source>Read bot configuration</source>
        <translation>Ler a configuração do bot</translation>
    </message>
    <message>
        <source>Unexpected columns from the configuration query.</source>
        <translation>Colunas inesperadas na consulta de configuração.</translation>
    </message>
    <message>
        <source>List buckets</source>
        <translation>Listar buckets</translation>
    </message>
    <message>
        <source>Listing the buckets failed</source>
        <translation>Falha ao listar os buckets</translation>
    </message>
    <message>
        <source>List bucket %1.gbai</source>
        <translation>Listar o bucket %1.gbai</translation>
    </message>
    <message>
        <source>Listing bucket %1 failed</source>
        <translation>Falha ao listar o bucket %1</translation>
    </message>
</context>
<context>
    <name>BotsPane</name>
    <message>
        <source>Select a bot to see its configuration.</source>
        <translation>Selecione um bot para ver a configuração dele.</translation>
    </message>
    <message>
        <source>What botserver&apos;s config.csv parsers would do wrong:</source>
        <translation>O que os parsers de config.csv do botserver fariam errado:</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Não alterado: %1</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Read the bots, their buckets and configuration again</source>
        <translation>Ler de novo os bots, seus buckets e sua configuração</translation>
    </message>
    <message>
        <source>Save config.csv</source>
        <translation>Salvar config.csv</translation>
    </message>
    <message>
        <source>Upload the edited config.csv (backup first, stops if someone else changed it) and follow it into bot_configuration</source>
        <translation>Enviar o config.csv editado (backup antes; para se outra pessoa o alterou) e acompanhá-lo até o bot_configuration</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Reverter</translation>
    </message>
    <message>
        <source>Drop the unsaved edits and read config.csv again</source>
        <translation>Descartar as edições não salvas e ler o config.csv de novo</translation>
    </message>
    <message>
        <source>Add key…</source>
        <translation>Adicionar chave…</translation>
    </message>
    <message>
        <source>Add a key,value line to config.csv</source>
        <translation>Adicionar uma linha chave,valor ao config.csv</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Remover linha</translation>
    </message>
    <message>
        <source>Remove the key&apos;s lines from config.csv</source>
        <translation>Remover as linhas da chave do config.csv</translation>
    </message>
    <message>
        <source>Reveal secret</source>
        <translation>Revelar segredo</translation>
    </message>
    <message>
        <source>Show the selected secret value in clear</source>
        <translation>Mostrar em texto claro o valor secreto selecionado</translation>
    </message>
    <message>
        <source>Force re-sync</source>
        <translation>Ressincronizar</translation>
    </message>
    <message>
        <source>Copy config.csv onto itself: the new ETag makes DriveMonitor apply it again</source>
        <translation>Copiar o config.csv sobre si mesmo: o novo ETag faz o DriveMonitor aplicá-lo de novo</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Desativar</translation>
    </message>
    <message>
        <source>Set bots.is_active (DriveMonitor runs only for active bots)</source>
        <translation>Definir bots.is_active (o DriveMonitor só é executado para bots ativos)</translation>
    </message>
    <message>
        <source>Open in Drive</source>
        <translation>Abrir no Drive</translation>
    </message>
    <message>
        <source>Show the bot&apos;s bucket in the Drive pane</source>
        <translation>Mostrar o bucket do bot no painel Drive</translation>
    </message>
    <message>
        <source>Reload config.csv</source>
        <translation>Recarregar config.csv</translation>
    </message>
    <message>
        <source>Could not read the bots from the botserver database: %1</source>
        <translation>Não foi possível ler os bots do banco de dados do botserver: %1</translation>
    </message>
    <message>
        <source>The botserver database has no bots. A bucket named &lt;bot&gt;.gbai in Drive creates one: botserver scans for new buckets every few seconds.</source>
        <translation>O banco de dados do botserver não tem bots. Um bucket chamado &lt;bot&gt;.gbai no Drive cria um: o botserver procura novos buckets a cada poucos segundos.</translation>
    </message>
    <message>
        <source>The bots are listed, but Drive could not be read: %1</source>
        <translation>Os bots foram listados, mas não foi possível ler o Drive: %1</translation>
    </message>
    <message>
        <source>Unsaved config.csv</source>
        <translation>config.csv não salvo</translation>
    </message>
    <message>
        <source>The edits of config.csv of %1 are not saved. Drop them?</source>
        <translation>As edições do config.csv de %1 não foram salvas. Descartá-las?</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Could not read bot_configuration: %1</source>
        <translation>Não foi possível ler o bot_configuration: %1</translation>
    </message>
    <message>
        <source>Could not read config.csv: %1</source>
        <translation>Não foi possível ler o config.csv: %1</translation>
    </message>
    <message>
        <source>The bucket %1 does not exist: %2 has no files in Drive, so DriveMonitor has nothing to sync. The configuration below is what bot_configuration holds.</source>
        <translation>O bucket %1 não existe: %2 não tem arquivos no Drive, então o DriveMonitor não tem nada para sincronizar. A configuração abaixo é o que o bot_configuration contém.</translation>
    </message>
    <message>
        <source>DriveMonitor skips %1: it failed %2 times (max 5), so changes to config.csv are not applied. Fix the file, remove it from Drive and upload it again (a re-sync does not reset the count).</source>
        <translation>O DriveMonitor ignora %1: falhou %2 vezes (máx. 5), então as alterações no config.csv não são aplicadas. Corrija o arquivo, remova-o do Drive e envie-o de novo (uma nova sincronização não zera a contagem).</translation>
    </message>
    <message>
        <source>%1 is inactive: DriveMonitor does not sync its files.</source>
        <translation>%1 está inativo: o DriveMonitor não sincroniza os arquivos dele.</translation>
    </message>
    <message>
        <source>%1 has no config.csv yet. Adding a key creates it (with the name,value header older versions need).</source>
        <translation>%1 ainda não tem config.csv. Adicionar uma chave o cria (com o cabeçalho name,value de que versões antigas precisam).</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) of config.csv are not applied in bot_configuration.</source>
        <translation>
            <numerusform>%n chave do config.csv não está aplicada no bot_configuration.</numerusform>
            <numerusform>%n chaves do config.csv não estão aplicadas no bot_configuration.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) exist only in the database: deleting a line never deletes a key.</source>
        <translation>
            <numerusform>%n chave existe somente no banco de dados: excluir uma linha nunca exclui uma chave.</numerusform>
            <numerusform>%n chaves existem somente no banco de dados: excluir uma linha nunca exclui uma chave.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>config.csv is applied. %n key(s) exist only in the database: deleting a line never deletes a key.</source>
        <translation>
            <numerusform>O config.csv está aplicado. %n chave existe somente no banco de dados: excluir uma linha nunca exclui uma chave.</numerusform>
            <numerusform>O config.csv está aplicado. %n chaves existem somente no banco de dados: excluir uma linha nunca exclui uma chave.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Linha %1: %2</translation>
    </message>
    <message>
        <source>Add key</source>
        <translation>Adicionar chave</translation>
    </message>
    <message>
        <source>Key (e.g. llm-model, theme-title, param-name):</source>
        <translation>Chave (p. ex. llm-model, theme-title, param-name):</translation>
    </message>
    <message>
        <source>Value of %1:</source>
        <translation>Valor de %1:</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Não adicionado: %1</translation>
    </message>
    <message>
        <source>“%1” removed from config.csv. Deleting a line never deletes a key: bot_configuration keeps its value until the row is removed from the database.</source>
        <translation>“%1” removido do config.csv. Excluir uma linha nunca exclui uma chave: o bot_configuration mantém o valor dela até a linha ser removida do banco de dados.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 falhou: %2</translation>
    </message>
    <message>
        <source>Waiting for DriveMonitor to apply config.csv to bot_configuration…</source>
        <translation>Aguardando o DriveMonitor aplicar o config.csv ao bot_configuration…</translation>
    </message>
    <message>
        <source>Applied: %1</source>
        <translation>Aplicado: %1</translation>
    </message>
    <message>
        <source>Applied: bot_configuration shows the saved config.csv.</source>
        <translation>Aplicado: o bot_configuration mostra o config.csv salvo.</translation>
    </message>
    <message>
        <source>Hide secret</source>
        <translation>Ocultar segredo</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Ativar</translation>
    </message>
    <message>
        <source>Bots</source>
        <translation>Bots</translation>
    </message>
    <message>
        <source>Unsaved edits are not kept on this computer: %1</source>
        <translation>As edições não salvas não são guardadas neste computador: %1</translation>
    </message>
    <message>
        <source>Checking that config.csv did not change on the host…</source>
        <translation>Verificando se o config.csv não mudou no host…</translation>
    </message>
    <message>
        <source>Saving config.csv over the version shown…</source>
        <translation>Salvando o config.csv sobre a versão mostrada…</translation>
    </message>
    <message>
        <source>Not saved; nothing was written.</source>
        <translation>Não salvo; nada foi gravado.</translation>
    </message>
    <message>
        <source>Saving config.csv (backup, upload, verify)…</source>
        <translation>Salvando o config.csv (backup, envio, verificação)…</translation>
    </message>
    <message>
        <source>Restored the unsaved edit of config.csv kept at %1. Save to upload it; if config.csv changed on the host since, saving stops and shows both versions.</source>
        <translation>A edição não salva do config.csv guardada em %1 foi restaurada. Salve para enviá-la; se o config.csv mudou no host desde então, o salvamento para e mostra as duas versões.</translation>
    </message>
    <message>
        <source>Your edits are still here (and kept locally).</source>
        <translation>Suas edições continuam aqui (e estão guardadas localmente).</translation>
    </message>
    <message>
        <source>Not applied while %1 is inactive.</source>
        <translation>Não aplicado enquanto %1 estiver inativo.</translation>
    </message>
    <message>
        <source>%1 is inactive, so DriveMonitor does not apply config.csv; activate the bot to apply it.</source>
        <translation>%1 está inativo, então o DriveMonitor não aplica o config.csv; ative o bot para aplicá-lo.</translation>
    </message>
    <message>
        <source>Waiting for DriveMonitor to apply config.csv (it polls every few seconds)…</source>
        <translation>Aguardando o DriveMonitor aplicar o config.csv (ele verifica a cada poucos segundos)…</translation>
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
    <name>Ci::Forgejo</name>
    <message>
        <source>The database answer lacks the column %1.</source>
        <translation>A resposta do banco de dados não tem a coluna %1.</translation>
    </message>
    <message>
        <source>List CI runs</source>
        <translation>Listar execuções de CI</translation>
    </message>
    <message>
        <source>Read CI run</source>
        <translation>Ler execução de CI</translation>
    </message>
    <message>
        <source>Read CI jobs</source>
        <translation>Ler jobs de CI</translation>
    </message>
    <message>
        <source>Read CI steps</source>
        <translation>Ler etapas de CI</translation>
    </message>
    <message>
        <source>The task no longer exists in the database.</source>
        <translation>A tarefa não existe mais no banco de dados.</translation>
    </message>
    <message>
        <source>Read a CI log index</source>
        <translation>Ler um índice de log de CI</translation>
    </message>
    <message>
        <source>Read a CI task</source>
        <translation>Ler uma tarefa de CI</translation>
    </message>
    <message>
        <source>Read a running CI log</source>
        <translation>Ler um log de CI em execução</translation>
    </message>
    <message>
        <source>Find the last green run</source>
        <translation>Encontrar a última execução verde</translation>
    </message>
</context>
<context>
    <name>Ci::JobTreeModel</name>
    <message>
        <source>Task %1 on runner %2</source>
        <translation>Tarefa %1 no runner %2</translation>
    </message>
    <message>
        <source>%1 (attempt %2)</source>
        <translation>%1 (tentativa %2)</translation>
    </message>
    <message>
        <source>Attempt %1</source>
        <translation>Tentativa %1</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
</context>
<context>
    <name>Ci::LogCache</name>
    <message>
        <source>Could not store the downloaded log in %1.</source>
        <translation>Não foi possível guardar o log baixado em %1.</translation>
    </message>
</context>
<context>
    <name>Ci::LogLoader</name>
    <message>
        <source>Logs have been purged because they were too old (Forgejo&apos;s LOG_RETENTION_DAYS). The steps and their line counts are kept.</source>
        <translation>Os logs foram apagados por serem antigos demais (LOG_RETENTION_DAYS do Forgejo). As etapas e suas contagens de linhas são mantidas.</translation>
    </message>
    <message>
        <source>This attempt has no log yet.</source>
        <translation>Esta tentativa ainda não tem log.</translation>
    </message>
    <message>
        <source>The log file %1 is missing from the log storage.</source>
        <translation>O arquivo de log %1 não está no armazenamento de logs.</translation>
    </message>
    <message>
        <source>Cannot write the log cache: %1</source>
        <translation>Não é possível gravar o cache de logs: %1</translation>
    </message>
    <message>
        <source>Download a CI log</source>
        <translation>Baixar um log de CI</translation>
    </message>
    <message>
        <source>Download canceled.</source>
        <translation>Download cancelado.</translation>
    </message>
    <message>
        <source>The download ended after %1 of %2 bytes.</source>
        <translation>O download terminou após %1 de %2 bytes.</translation>
    </message>
    <message>
        <source>The download failed: %1</source>
        <translation>O download falhou: %1</translation>
    </message>
</context>
<context>
    <name>Ci::RemoteTaskLog</name>
    <message>
        <source>Read a CI log&apos;s seek table</source>
        <translation>Ler a tabela de busca de um log de CI</translation>
    </message>
    <message>
        <source>The log file %1 is missing from the log storage.</source>
        <translation>O arquivo de log %1 não está no armazenamento de logs.</translation>
    </message>
    <message>
        <source>Could not read the log file %1: %2</source>
        <translation>Não foi possível ler o arquivo de log %1: %2</translation>
    </message>
    <message>
        <source>Could not read the size of the log file %1.</source>
        <translation>Não foi possível ler o tamanho do arquivo de log %1.</translation>
    </message>
    <message>
        <source>The file is too short to be a seekable zstd log.</source>
        <translation>O arquivo é curto demais para ser um log zstd com busca.</translation>
    </message>
    <message>
        <source>The task has no line index (log_indexes is empty).</source>
        <translation>A tarefa não tem índice de linhas (log_indexes está vazio).</translation>
    </message>
    <message>
        <source>The task&apos;s line index (log_indexes) does not fit its log.</source>
        <translation>O índice de linhas da tarefa (log_indexes) não corresponde ao log.</translation>
    </message>
    <message>
        <source>frame %1 of the log is damaged: %2</source>
        <translation>o frame %1 do log está danificado: %2</translation>
    </message>
    <message>
        <source>Read CI log frames</source>
        <translation>Ler frames do log de CI</translation>
    </message>
    <message>
        <source>could not be read (%1)</source>
        <translation>não pôde ser lido (%1)</translation>
    </message>
    <message>
        <source>the file ended early</source>
        <translation>o arquivo terminou antes do esperado</translation>
    </message>
    <message>
        <source>Read a CI log&apos;s seek table and its first and last frames</source>
        <translation>Ler a tabela de busca e os primeiros e últimos frames de um log de CI</translation>
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
        <translation>Status</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Execução</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repositório</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
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
        <translation>Início</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
</context>
<context>
    <name>Ci::StepListModel</name>
    <message>
        <source>Step</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Linhas</translation>
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
            <numerusform>%n dia</numerusform>
            <numerusform>%n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a run at status 6 (running) can be reset.</source>
        <translation>Somente uma execução no status 6 (em execução) pode ser redefinida.</translation>
    </message>
    <message>
        <source>The run says running but none of its tasks does; it can be reset.</source>
        <translation>A execução consta como em execução, mas nenhuma das tarefas dela está; ela pode ser redefinida.</translation>
    </message>
    <message>
        <source>The runner reported %1 ago: the run is making progress.</source>
        <translation>O runner relatou há %1: a execução está progredindo.</translation>
    </message>
    <message>
        <source>No report from the runner for %1.</source>
        <translation>Nenhum relato do runner há %1.</translation>
    </message>
    <message>
        <source>Reset stuck CI run #%1 of %2</source>
        <translation>Redefinir a execução de CI travada #%1 de %2</translation>
    </message>
    <message>
        <source>CI run %1 (%2 #%3)</source>
        <translation>Execução de CI %1 (%2 #%3)</translation>
    </message>
    <message>
        <source>Save the run&apos;s statuses</source>
        <translation>Salvar os status da execução</translation>
    </message>
    <message>
        <source>Reset the run&apos;s statuses to 0</source>
        <translation>Redefinir os status da execução para 0</translation>
    </message>
    <message>
        <source>Restore the run&apos;s statuses</source>
        <translation>Restaurar os status da execução</translation>
    </message>
</context>
<context>
    <name>CiPane</name>
    <message>
        <source>owner/repository</source>
        <translation>proprietário/repositório</translation>
    </message>
    <message>
        <source>workflow (ci.yml)</source>
        <translation>workflow (ci.yml)</translation>
    </message>
    <message>
        <source>branch or ref</source>
        <translation>branch ou ref</translation>
    </message>
    <message>
        <source>Event that triggered the run</source>
        <translation>Evento que disparou a execução</translation>
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
        <translation>Status da execução (0–7 do Forgejo)</translation>
    </message>
    <message>
        <source>Failed first</source>
        <translation>Falhas primeiro</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Read the runs again (F5); running runs refresh by themselves</source>
        <translation>Ler as execuções de novo (F5); execuções em andamento se atualizam sozinhas</translation>
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
        <translation>Próxima página</translation>
    </message>
    <message>
        <source>Error lines of the log (::error, ##[error], failures); click to jump</source>
        <translation>Linhas de erro do log (::error, ##[error], falhas); clique para ir até elas</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Download whole log</source>
        <translation>Baixar o log inteiro</translation>
    </message>
    <message>
        <source>Fetch the compressed log once into the local cache (needed for search)</source>
        <translation>Baixar o log comprimido uma vez para o cache local (necessário para buscar)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Copy step log</source>
        <translation>Copiar log da etapa</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copiar link</translation>
    </message>
    <message>
        <source>Copy a run/job/attempt/step/line reference the app can open</source>
        <translation>Copiar uma referência de execução/job/tentativa/etapa/linha que o app consegue abrir</translation>
    </message>
    <message>
        <source>Compare with last green</source>
        <translation>Comparar com a última verde</translation>
    </message>
    <message>
        <source>Reset stuck run…</source>
        <translation>Redefinir execução travada…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>First differing lines of the failed step (timestamps, durations, hashes and temp paths ignored); double-click to jump into both logs</source>
        <translation>Primeiras linhas diferentes da etapa que falhou (data e hora, durações, hashes e caminhos temporários ignorados); clique duas vezes para ir aos dois logs</translation>
    </message>
    <message>
        <source>Failed run</source>
        <translation>Execução com falha</translation>
    </message>
    <message>
        <source>Last green run</source>
        <translation>Última execução verde</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos os status</translation>
    </message>
    <message>
        <source>Searching needs the whole log: downloading it once into the cache.</source>
        <translation>A busca precisa do log inteiro: baixando-o uma vez para o cache.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
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
        <translation>nenhuma execução</translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <translation>%1–%2 de %3</translation>
    </message>
    <message>
        <source>This job has not run.</source>
        <translation>Este job não foi executado.</translation>
    </message>
    <message>
        <source>log expired</source>
        <translation>log expirado</translation>
    </message>
    <message>
        <source>task %1, stored log</source>
        <translation>tarefa %1, log armazenado</translation>
    </message>
    <message>
        <source>task %1, live from the database</source>
        <translation>tarefa %1, ao vivo do banco de dados</translation>
    </message>
    <message>
        <source>%1:%2  %3</source>
        <translation>%1:%2  %3</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n line(s) of the step.</source>
        <translation>
            <numerusform>%n linha da etapa copiada.</numerusform>
            <numerusform>%n linhas da etapa copiadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>No successful run of this job on this branch or the default branch.</source>
        <translation>Nenhuma execução bem-sucedida deste job nesta branch ou na branch padrão.</translation>
    </message>
    <message>
        <source>%1: this run against run #%2 (%3), the last green one.</source>
        <translation>%1: esta execução comparada à execução #%2 (%3), a última verde.</translation>
    </message>
    <message>
        <source>event</source>
        <translation>evento</translation>
    </message>
    <message>
        <source>Select a run: its failed job opens on the failed step.</source>
        <translation>Selecione uma execução: o job com falha abre no passo que falhou.</translation>
    </message>
    <message>
        <source>Read the runs again</source>
        <translation>Ler as execuções de novo</translation>
    </message>
    <message>
        <source>The run was not reset: %1</source>
        <translation>A execução não foi redefinida: %1</translation>
    </message>
    <message>
        <source>The runs could not be read: %1</source>
        <translation>Não foi possível ler as execuções: %1</translation>
    </message>
    <message>
        <source>The jobs of the run could not be read: %1</source>
        <translation>Não foi possível ler os jobs da execução: %1</translation>
    </message>
    <message>
        <source>The steps of the job could not be read: %1</source>
        <translation>Não foi possível ler os passos do job: %1</translation>
    </message>
    <message>
        <source>The last green run has no attempt of this job to compare with.</source>
        <translation>A última execução verde não tem tentativa deste job para comparar.</translation>
    </message>
    <message>
        <source>Open link…</source>
        <translation>Abrir link…</translation>
    </message>
    <message>
        <source>Open a copied run/job/attempt/step/line reference</source>
        <translation>Abrir uma referência copiada de execução/job/tentativa/etapa/linha</translation>
    </message>
    <message>
        <source>Open CI link</source>
        <translation>Abrir link de CI</translation>
    </message>
    <message>
        <source>Link (%1):</source>
        <translation>Link (%1):</translation>
    </message>
    <message>
        <source>This is not a CI link the app can open: %1</source>
        <translation>Este não é um link de CI que o app consiga abrir: %1</translation>
    </message>
    <message>
        <source>Looking for the last green run of %1…</source>
        <translation>Procurando a última execução verde de %1…</translation>
    </message>
</context>
<context>
    <name>CommandFailure</name>
    <message>
        <source>The command ended with exit status %1.</source>
        <translation>O comando terminou com status de saída %1.</translation>
    </message>
    <message>
        <source>%1 (exit status %2)</source>
        <translation>%1 (status de saída %2)</translation>
    </message>
    <message>
        <source>The command was killed on the host (signal %1).</source>
        <translation>O comando foi encerrado no host (sinal %1).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The host did not answer in time.</source>
        <translation>O host não respondeu a tempo.</translation>
    </message>
    <message>
        <source>The command could not run.</source>
        <translation>Não foi possível executar o comando.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 falhou: %2</translation>
    </message>
</context>
<context>
    <name>CommandHandle</name>
    <message numerus="yes">
        <source>The command printed more than %n MiB; it was stopped so that memory does not run out.</source>
        <translation>
            <numerusform>O comando gerou mais de %n MiB de saída; foi interrompido para não esgotar a memória.</numerusform>
            <numerusform>O comando gerou mais de %n MiB de saída; foi interrompido para não esgotar a memória.</numerusform>
        </translation>
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
    <name>ConfigApplyFollower</name>
    <message>
        <source>Not connected.</source>
        <translation>Não conectado.</translation>
    </message>
    <message>
        <source>bot_configuration shows the saved config.csv.</source>
        <translation>O bot_configuration mostra o config.csv salvo.</translation>
    </message>
    <message>
        <source>DriveMonitor skips %1: it failed %2 times. Remove it from Drive or fix the file, then upload it again.</source>
        <translation>O DriveMonitor ignora %1: falhou %2 vezes. Remova-o do Drive ou corrija o arquivo e envie-o de novo.</translation>
    </message>
    <message>
        <source>The bot is inactive: DriveMonitor does not sync its files.</source>
        <translation>O bot está inativo: o DriveMonitor não sincroniza os arquivos dele.</translation>
    </message>
    <message numerus="yes">
        <source>bot_configuration still does not show %n key(s) after %1 s: %2. Is botserver running?</source>
        <translation>
            <numerusform>O bot_configuration ainda não mostra %n chave após %1 s: %2. O botserver está em execução?</numerusform>
            <numerusform>O bot_configuration ainda não mostra %n chaves após %1 s: %2. O botserver está em execução?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfigCsv</name>
    <message>
        <source>The file starts with a byte-order mark: botserver keeps it as part of the first key. Save without it.</source>
        <translation>O arquivo começa com uma marca de ordem de bytes (BOM): o botserver a mantém como parte da primeira chave. Salve sem ela.</translation>
    </message>
    <message>
        <source>This line is not valid UTF-8: botserver reads the file as UTF-8 and may reject it or store replacement characters.</source>
        <translation>Esta linha não é UTF-8 válido: o botserver lê o arquivo como UTF-8 e pode rejeitá-lo ou gravar caracteres de substituição.</translation>
    </message>
    <message>
        <source>A carriage return without a line feed: botserver splits lines at line feeds only, so what follows it belongs to this line.</source>
        <translation>Um retorno de carro sem quebra de linha: o botserver só divide as linhas em quebras de linha, então o que vem depois pertence a esta linha.</translation>
    </message>
    <message>
        <source>A comment holding a comma: older botserver versions do not skip &apos;#&apos; lines and would store key “%1”. Keep comments free of commas.</source>
        <translation>Um comentário com vírgula: versões antigas do botserver não ignoram linhas com &apos;#&apos; e gravariam a chave “%1”. Mantenha os comentários sem vírgulas.</translation>
    </message>
    <message>
        <source>No comma on this line: every botserver version ignores it. Write key,value.</source>
        <translation>Nenhuma vírgula nesta linha: todas as versões do botserver a ignoram. Escreva chave,valor.</translation>
    </message>
    <message>
        <source>The key is empty: botserver ignores this line.</source>
        <translation>A chave está vazia: o botserver ignora esta linha.</translation>
    </message>
    <message>
        <source>Current botserver skips every line starting with “key,”; older versions store it as key “%1”.</source>
        <translation>O botserver atual ignora toda linha que começa com “key,”; versões antigas a gravam como a chave “%1”.</translation>
    </message>
    <message>
        <source>The name,value header: older versions skip line 1; current botserver stores it as key “name” (harmless).</source>
        <translation>O cabeçalho name,value: versões antigas ignoram a linha 1; o botserver atual o grava como a chave “name” (inofensivo).</translation>
    </message>
    <message>
        <source>Spaces around the key or value: the parsers drop them. Write key,value without spaces.</source>
        <translation>Espaços em volta da chave ou do valor: os parsers os descartam. Escreva chave,valor sem espaços.</translation>
    </message>
    <message>
        <source>The value holds a comma: current botserver keeps it whole, but older versions cut it at the second comma and store only “%1”.</source>
        <translation>O valor contém uma vírgula: o botserver atual o mantém inteiro, mas versões antigas o cortam na segunda vírgula e gravam só “%1”.</translation>
    </message>
    <message>
        <source>Quotes are not CSV quoting here: botserver stores them as part of the value.</source>
        <translation>Aspas não são delimitadores CSV aqui: o botserver as grava como parte do valor.</translation>
    </message>
    <message>
        <source>“%1” is also set on line %2; this later line wins.</source>
        <translation>“%1” também é definida na linha %2; esta linha posterior prevalece.</translation>
    </message>
    <message>
        <source>“%1” is not a key botserver is known to read.</source>
        <translation>“%1” não é uma chave que o botserver sabidamente lê.</translation>
    </message>
    <message>
        <source>“%1” is not a known key: did you mean “%2”?</source>
        <translation>“%1” não é uma chave conhecida: você quis dizer “%2”?</translation>
    </message>
    <message>
        <source>No name,value header: older botserver versions always skip line 1, so “%1” would never be applied there. Start the file with name,value.</source>
        <translation>Sem cabeçalho name,value: versões antigas do botserver sempre ignoram a linha 1, então “%1” nunca seria aplicada nelas. Comece o arquivo com name,value.</translation>
    </message>
    <message>
        <source>No name,value header line: older botserver versions skip line 1; a header there is the safe first line.</source>
        <translation>Sem linha de cabeçalho name,value: versões antigas do botserver ignoram a linha 1; um cabeçalho ali é a primeira linha segura.</translation>
    </message>
    <message>
        <source>The key is empty.</source>
        <translation>A chave está vazia.</translation>
    </message>
    <message>
        <source>A line break cannot be stored: config.csv holds one setting per line.</source>
        <translation>Uma quebra de linha não pode ser gravada: o config.csv tem uma configuração por linha.</translation>
    </message>
    <message>
        <source>A NUL character cannot be stored.</source>
        <translation>Um caractere NUL não pode ser gravado.</translation>
    </message>
    <message>
        <source>A key cannot hold a comma: the first comma ends the key.</source>
        <translation>Uma chave não pode conter vírgula: a primeira vírgula encerra a chave.</translation>
    </message>
    <message>
        <source>A key cannot start with &apos;#&apos;: botserver skips the line as a comment.</source>
        <translation>Uma chave não pode começar com &apos;#&apos;: o botserver ignora a linha como comentário.</translation>
    </message>
    <message>
        <source>Spaces before or after the key would be dropped by botserver; remove them.</source>
        <translation>Espaços antes ou depois da chave seriam descartados pelo botserver; remova-os.</translation>
    </message>
    <message>
        <source>Current botserver skips every line starting with “key,”: this key can never be applied.</source>
        <translation>O botserver atual ignora toda linha que começa com “key,”: esta chave nunca pode ser aplicada.</translation>
    </message>
    <message>
        <source>Spaces before or after the value are dropped by botserver.</source>
        <translation>Espaços antes ou depois do valor são descartados pelo botserver.</translation>
    </message>
    <message>
        <source>The value holds a comma: older botserver versions keep only “%1”.</source>
        <translation>O valor contém uma vírgula: versões antigas do botserver mantêm só “%1”.</translation>
    </message>
    <message>
        <source>Quotes are stored as part of the value (config.csv has no quoting).</source>
        <translation>As aspas são gravadas como parte do valor (o config.csv não tem delimitadores).</translation>
    </message>
</context>
<context>
    <name>ConfigDriftModel</name>
    <message>
        <source>(botserver&apos;s built-in default)</source>
        <translation>(padrão embutido do botserver)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vazio)</translation>
    </message>
    <message>
        <source>Unknown key: botserver is not known to read it.</source>
        <translation>Chave desconhecida: não se sabe se o botserver a lê.</translation>
    </message>
    <message>
        <source>Possible typo: did you mean “%1”?</source>
        <translation>Possível erro de digitação: você quis dizer “%1”?</translation>
    </message>
    <message>
        <source>Holds a secret: masked here and never written to logs or the journal.</source>
        <translation>Contém um segredo: mascarado aqui e nunca gravado em logs nem no registro.</translation>
    </message>
    <message>
        <source>Not in config.csv.</source>
        <translation>Não está no config.csv.</translation>
    </message>
    <message>
        <source>config.csv line %1</source>
        <translation>linha %1 do config.csv</translation>
    </message>
    <message>
        <source>Value in bot_configuration.</source>
        <translation>Valor no bot_configuration.</translation>
    </message>
    <message>
        <source>Not in bot_configuration.</source>
        <translation>Não está no bot_configuration.</translation>
    </message>
    <message>
        <source>botserver uses the bot&apos;s own value.</source>
        <translation>O botserver usa o valor do próprio bot.</translation>
    </message>
    <message>
        <source>The bot&apos;s own value is a placeholder or a local path, so botserver uses the default configuration (nil-UUID row).</source>
        <translation>O valor do próprio bot é um placeholder ou um caminho local, então o botserver usa a configuração padrão (linha com UUID nulo).</translation>
    </message>
    <message>
        <source>Not set for this bot: botserver uses the default configuration (nil-UUID row).</source>
        <translation>Não definido para este bot: o botserver usa a configuração padrão (linha com UUID nulo).</translation>
    </message>
    <message>
        <source>Neither the bot nor the default configuration has a usable value: botserver uses its built-in default.</source>
        <translation>Nem o bot nem a configuração padrão têm um valor utilizável: o botserver usa o padrão embutido.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chave</translation>
    </message>
    <message>
        <source>config.csv (desired)</source>
        <translation>config.csv (desejado)</translation>
    </message>
    <message>
        <source>Database (applied)</source>
        <translation>Banco de dados (aplicado)</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Efetivo</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Divergência</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>aplicado</translation>
    </message>
    <message>
        <source>not applied yet</source>
        <translation>ainda não aplicado</translation>
    </message>
    <message>
        <source>only in database</source>
        <translation>só no banco de dados</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>diferente</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>config.csv and bot_configuration agree.</source>
        <translation>O config.csv e o bot_configuration concordam.</translation>
    </message>
    <message>
        <source>Written in config.csv but not in bot_configuration: DriveMonitor has not applied it yet (or skips the file).</source>
        <translation>Está no config.csv, mas não no bot_configuration: o DriveMonitor ainda não o aplicou (ou ignora o arquivo).</translation>
    </message>
    <message>
        <source>In bot_configuration but not in config.csv. Deleting a line never deletes a key: botserver keeps using this value until the row is removed from the database.</source>
        <translation>Está no bot_configuration, mas não no config.csv. Excluir uma linha nunca exclui uma chave: o botserver continua usando este valor até a linha ser removida do banco de dados.</translation>
    </message>
    <message>
        <source>config.csv says one thing, bot_configuration another: the file&apos;s change has not been applied (or someone changed the database directly).</source>
        <translation>O config.csv diz uma coisa, o bot_configuration outra: a alteração do arquivo não foi aplicada (ou alguém alterou o banco de dados diretamente).</translation>
    </message>
    <message>
        <source>config.csv could not be read, so nothing can be compared.</source>
        <translation>Não foi possível ler o config.csv, então nada pode ser comparado.</translation>
    </message>
</context>
<context>
    <name>ConfigGroupModel</name>
    <message>
        <source>all applied</source>
        <translation>tudo aplicado</translation>
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
        <translation>Chaves que o botserver não lê, até onde se sabe: procure erros de digitação (a dica de cada chave indica a chave conhecida mais próxima).</translation>
    </message>
    <message>
        <source>Known keys of the group %1; each key&apos;s tooltip describes it.</source>
        <translation>Chaves conhecidas do grupo %1; a dica de cada chave a descreve.</translation>
    </message>
</context>
<context>
    <name>ConfigKeys</name>
    <message>
        <source>The `name,value` header line: current botserver stores it as key &apos;name&apos; (harmless); older versions skip the first line, so keep it there.</source>
        <translation>A linha de cabeçalho `name,value`: o botserver atual a grava como a chave &apos;name&apos; (inofensivo); versões antigas ignoram a primeira linha, então mantenha-a ali.</translation>
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
        <translation>Conhecimento e memória</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identidade</translation>
    </message>
    <message>
        <source>Parameters (param-*)</source>
        <translation>Parâmetros (param-*)</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canais</translation>
    </message>
    <message>
        <source>Multimodal</source>
        <translation>Multimodal</translation>
    </message>
    <message>
        <source>Server and integrations</source>
        <translation>Servidor e integrações</translation>
    </message>
    <message>
        <source>Legacy</source>
        <translation>Legado</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Cabeçalho</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
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
    <name>ContainerShell</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Keep a reader open in %1</source>
        <translation>Manter um leitor aberto em %1</translation>
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
    <name>Corefile</name>
    <message>
        <source>Line %1: a quoted string is not closed.</source>
        <translation>Linha %1: uma string entre aspas não foi fechada.</translation>
    </message>
    <message>
        <source>Line %1: &quot;}&quot; without a block to close.</source>
        <translation>Linha %1: &quot;}&quot; sem bloco para fechar.</translation>
    </message>
    <message>
        <source>Line %1: a server block must open with &quot;{&quot;.</source>
        <translation>Linha %1: um bloco de servidor deve abrir com &quot;{&quot;.</translation>
    </message>
    <message>
        <source>Line %1: the file directive needs a zone file.</source>
        <translation>Linha %1: a diretiva file precisa de um arquivo de zona.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a reload interval (e.g. 30s, 1m).</source>
        <translation>Linha %1: &quot;%2&quot; não é um intervalo de recarga (p. ex. 30s, 1m).</translation>
    </message>
    <message>
        <source>The Corefile ends inside a block (a &quot;}&quot; is missing).</source>
        <translation>O Corefile termina dentro de um bloco (falta um &quot;}&quot;).</translation>
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
    <name>CredentialStore</name>
    <message>
        <source>The keyring could not be used: %1</source>
        <translation>Não foi possível usar o chaveiro: %1</translation>
    </message>
    <message>
        <source>No stored secret.</source>
        <translation>Nenhum segredo armazenado.</translation>
    </message>
</context>
<context>
    <name>DnsHost</name>
    <message>
        <source>The command failed with exit status %1.</source>
        <translation>O comando falhou com status de saída %1.</translation>
    </message>
    <message>
        <source>The command failed (exit status %1): %2</source>
        <translation>O comando falhou (status de saída %1): %2</translation>
    </message>
    <message>
        <source>The command was killed by signal %1.</source>
        <translation>O comando foi encerrado pelo sinal %1.</translation>
    </message>
    <message>
        <source>The command was cancelled.</source>
        <translation>O comando foi cancelado.</translation>
    </message>
    <message>
        <source>The command did not finish in time.</source>
        <translation>O comando não terminou a tempo.</translation>
    </message>
    <message>
        <source>The command could not run.</source>
        <translation>Não foi possível executar o comando.</translation>
    </message>
    <message>
        <source>Read %1</source>
        <translation>Ler %1</translation>
    </message>
    <message>
        <source>Find the DNS container&apos;s address</source>
        <translation>Encontrar o endereço do contêiner de DNS</translation>
    </message>
    <message>
        <source>There is no container named dns on this host.</source>
        <translation>Não há nenhum contêiner chamado dns neste host.</translation>
    </message>
    <message>
        <source>The dns container is %1.</source>
        <translation>O contêiner dns está %1.</translation>
    </message>
    <message>
        <source>The dns container has no IPv4 address.</source>
        <translation>O contêiner dns não tem endereço IPv4.</translation>
    </message>
    <message>
        <source>Ask the DNS server for %1 %2</source>
        <translation>Consultar o servidor DNS sobre %1 %2</translation>
    </message>
    <message>
        <source>The DNS server did not answer: %1</source>
        <translation>O servidor DNS não respondeu: %1</translation>
    </message>
    <message>
        <source>The DNS server does not serve this zone (no SOA record).</source>
        <translation>O servidor DNS não atende esta zona (sem registro SOA).</translation>
    </message>
    <message>
        <source>Unexpected SOA answer: %1</source>
        <translation>Resposta SOA inesperada: %1</translation>
    </message>
    <message>
        <source>Reload CoreDNS (SIGUSR1)</source>
        <translation>Recarregar o CoreDNS (SIGUSR1)</translation>
    </message>
    <message>
        <source>Copy the zones to the secondary name server</source>
        <translation>Copiar as zonas para o servidor de nomes secundário</translation>
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
        <translation>Filtrar por nome, tipo ou valor</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Todos os tipos</translation>
    </message>
    <message>
        <source>Open a zone from the list on the left.</source>
        <translation>Abra uma zona da lista à esquerda.</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Salvar…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <source>Add record…</source>
        <translation>Adicionar registro…</translation>
    </message>
    <message>
        <source>Edit record…</source>
        <translation>Editar registro…</translation>
    </message>
    <message>
        <source>Remove record</source>
        <translation>Remover registro</translation>
    </message>
    <message>
        <source>Sync to secondary…</source>
        <translation>Sincronizar com o secundário…</translation>
    </message>
    <message>
        <source>Raise serial on save</source>
        <translation>Incrementar o serial ao salvar</translation>
    </message>
    <message>
        <source>CoreDNS reloads a zone only when its SOA serial changes; the serial is raised (YYYYMMDDNN by default) unless you already did.</source>
        <translation>O CoreDNS só recarrega uma zona quando o serial do SOA muda; o serial é incrementado (AAAAMMDDNN por padrão), a menos que você já o tenha feito.</translation>
    </message>
    <message>
        <source>Runs %1 on the host (INFRA.md), after confirmation.</source>
        <translation>Executa %1 no host (INFRA.md), após confirmação.</translation>
    </message>
    <message>
        <source>The DNS server setting &quot;%1&quot; is not an address (host, host:port or [IPv6]:port); the dns container&apos;s address is used.</source>
        <translation>A configuração de servidor DNS &quot;%1&quot; não é um endereço (host, host:porta ou [IPv6]:porta); é usado o endereço do contêiner dns.</translation>
    </message>
    <message>
        <source>Not connected. Connect to a host to see its DNS zones.</source>
        <translation>Não conectado. Conecte-se a um host para ver as zonas DNS dele.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Não conectado.</translation>
    </message>
    <message>
        <source>Could not read the Corefile: %1</source>
        <translation>Não foi possível ler o Corefile: %1</translation>
    </message>
    <message>
        <source>The Corefile could not be read: %1</source>
        <translation>Não foi possível ler o Corefile: %1</translation>
    </message>
    <message>
        <source>No readable SOA serial in the file.</source>
        <translation>Nenhum serial de SOA legível no arquivo.</translation>
    </message>
    <message>
        <source>Could not read the zone %1: %2</source>
        <translation>Não foi possível ler a zona %1: %2</translation>
    </message>
    <message>
        <source>This file has carriage returns or bytes that are not UTF-8: the text view is read-only, edit the records in the table.</source>
        <translation>Este arquivo tem retornos de carro ou bytes que não são UTF-8: a visão de texto é somente leitura; edite os registros na tabela.</translation>
    </message>
    <message>
        <source>The zone has errors; fix them before saving.</source>
        <translation>A zona tem erros; corrija-os antes de salvar.</translation>
    </message>
    <message>
        <source>Not confirmed; nothing was written.</source>
        <translation>Não confirmado; nada foi gravado.</translation>
    </message>
    <message>
        <source>Reload CoreDNS (SIGUSR1) for zone %1</source>
        <translation>Recarregar o CoreDNS (SIGUSR1) para a zona %1</translation>
    </message>
    <message>
        <source>Saved. Waiting for the DNS server to serve serial %1 (up to %2 s)…</source>
        <translation>Salvo. Aguardando o servidor DNS servir o serial %1 (até %2 s)…</translation>
    </message>
    <message>
        <source>Saved, but the DNS server could not be asked: %1</source>
        <translation>Salvo, mas não foi possível consultar o servidor DNS: %1</translation>
    </message>
    <message>
        <source>The DNS server serves serial %1 with the changed records.</source>
        <translation>O servidor DNS serve o serial %1 com os registros alterados.</translation>
    </message>
    <message>
        <source>Copy the zones to the secondary name server (sync-zones.sh)</source>
        <translation>Copiar as zonas para o servidor de nomes secundário (sync-zones.sh)</translation>
    </message>
    <message>
        <source>%1 is not a zone of this host&apos;s Corefile (or the zone list is not loaded yet); the kept edit stays.</source>
        <translation>%1 não é uma zona do Corefile deste host (ou a lista de zonas ainda não foi carregada); a edição guardada permanece.</translation>
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
        <translation>%1: o arquivo do host e a edição guardada</translation>
    </message>
    <message>
        <source>on the host</source>
        <translation>no host</translation>
    </message>
    <message>
        <source>kept edit</source>
        <translation>edição guardada</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Saving %1 (backup, checked write, verify)…</source>
        <translation>Salvando %1 (backup, gravação verificada, conferência)…</translation>
    </message>
    <message>
        <source>An unsaved edit of this zone from %1 is kept on this computer. It was made on the file as the host holds it now. Restore it, compare it or discard it (until then new edits are not kept).</source>
        <translation>Uma edição não salva desta zona, de %1, está guardada neste computador. Ela foi feita sobre o arquivo como o host o tem agora. Restaure, compare ou descarte (até lá, novas edições não são guardadas).</translation>
    </message>
    <message>
        <source>An unsaved edit of this zone from %1 is kept on this computer, made on an OLDER version of the file: the file on the host changed since. Compare before restoring; saving it reports the conflict first. (Until you decide, new edits are not kept.)</source>
        <translation>Uma edição não salva desta zona, de %1, está guardada neste computador, feita sobre uma versão ANTERIOR do arquivo: o arquivo no host mudou desde então. Compare antes de restaurar; ao salvá-la, o conflito é informado primeiro. (Até você decidir, novas edições não são guardadas.)</translation>
    </message>
    <message>
        <source>Restored the unsaved edit from %1 (Undo returns to the file on the host).</source>
        <translation>A edição não salva de %1 foi restaurada (Desfazer volta ao arquivo do host).</translation>
    </message>
    <message>
        <source>Checking that %1 did not change on the host…</source>
        <translation>Verificando se %1 não mudou no host…</translation>
    </message>
    <message>
        <source>Not saved; nothing was written.</source>
        <translation>Não salvo; nada foi gravado.</translation>
    </message>
    <message>
        <source>Saved, but CoreDNS was not reloaded: %1</source>
        <translation>Salvo, mas o CoreDNS não foi recarregado: %1</translation>
    </message>
    <message>
        <source>Your edits are kept here and on this computer.</source>
        <translation>Suas edições são mantidas aqui e neste computador.</translation>
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
        <translation>Baixar %1</translation>
    </message>
    <message>
        <source>Upload %1</source>
        <translation>Enviar %1</translation>
    </message>
    <message>
        <source>Inspect %1</source>
        <translation>Inspecionar %1</translation>
    </message>
    <message>
        <source>mc stat gave no ETag.</source>
        <translation>O mc stat não retornou nenhum ETag.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n object(s) from %1</source>
        <translation>
            <numerusform>Remover %n objeto de %1</numerusform>
            <numerusform>Remover %n objetos de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy %1 onto itself (new ETag)</source>
        <translation>Copiar %1 sobre si mesmo (novo ETag)</translation>
    </message>
    <message>
        <source>Send a file to the drive container</source>
        <translation>Enviar um arquivo para o contêiner drive</translation>
    </message>
    <message>
        <source>The host did not confirm what arrived: %1</source>
        <translation>O host não confirmou o que chegou: %1</translation>
    </message>
    <message>
        <source>Remove the partial upload from the drive container</source>
        <translation>Remover o envio parcial do contêiner drive</translation>
    </message>
    <message>
        <source>Remove stale partial uploads from the drive container&apos;s /tmp</source>
        <translation>Remover envios parciais antigos do /tmp do contêiner drive</translation>
    </message>
</context>
<context>
    <name>DriveEditorTab</name>
    <message>
        <source>Go to the error</source>
        <translation>Ir para o erro</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Não salvo: %1</translation>
    </message>
    <message>
        <source>Checking that %1 did not change on the host…</source>
        <translation>Verificando se %1 não mudou no host…</translation>
    </message>
    <message>
        <source>Reloaded %1 from the host.</source>
        <translation>%1 recarregado do host.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>Saving %1 (backup, upload, verify)…</source>
        <translation>Salvando %1 (backup, envio, verificação)…</translation>
    </message>
    <message>
        <source>Reading %1 again…</source>
        <translation>Lendo %1 de novo…</translation>
    </message>
    <message>
        <source>Not saved; nothing was written.</source>
        <translation>Não salvo; nada foi gravado.</translation>
    </message>
</context>
<context>
    <name>DriveModel</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
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
        <translation>Função</translation>
    </message>
</context>
<context>
    <name>DriveOperations</name>
    <message>
        <source>No object is selected.</source>
        <translation>Nenhum objeto selecionado.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Excluir %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n object(s) from %1</source>
        <translation>
            <numerusform>Excluir %n objeto de %1</numerusform>
            <numerusform>Excluir %n objetos de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Force re-sync of %1</source>
        <translation>Ressincronizar %1</translation>
    </message>
    <message>
        <source>Upload %1</source>
        <translation>Enviar %1</translation>
    </message>
    <message numerus="yes">
        <source>Upload %n file(s) to %1</source>
        <translation>
            <numerusform>Enviar %n arquivo para %1</numerusform>
            <numerusform>Enviar %n arquivos para %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Install %1</source>
        <translation>Instalar %1</translation>
    </message>
    <message>
        <source>The new name is the current name.</source>
        <translation>O novo nome é igual ao atual.</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>Mover %1 para %2</translation>
    </message>
    <message>
        <source>Copy %1 to %2</source>
        <translation>Copiar %1 para %2</translation>
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
        <translation>Filtrar objetos por nome</translation>
    </message>
    <message>
        <source>Cancel listing</source>
        <translation>Cancelar listagem</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them to the drive?</source>
        <translation>%1 tem alterações não salvas. Salvá-las no drive?</translation>
    </message>
    <message>
        <source>Could not list the buckets: %1</source>
        <translation>Não foi possível listar os buckets: %1</translation>
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
        <translation>A listagem falhou: %1</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Não foi possível abrir %1: %2</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <source>List the buckets and the shown prefix again</source>
        <translation>Listar de novo os buckets e o prefixo mostrado</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Excluir…</translation>
    </message>
    <message>
        <source>Delete the selected objects (each is copied to the drive container&apos;s /tmp first)</source>
        <translation>Excluir os objetos selecionados (cada um é copiado antes para /tmp do contêiner drive)</translation>
    </message>
    <message>
        <source>Force re-sync</source>
        <translation>Ressincronizar</translation>
    </message>
    <message>
        <source>Copy the selected object onto itself: the new ETag makes DriveMonitor process it again</source>
        <translation>Copiar o objeto selecionado sobre ele mesmo: o novo ETag faz o DriveMonitor processá-lo de novo</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n object(s); the copies are in the drive container: %1</source>
        <translation>
            <numerusform>%n objeto excluído; a cópia está no contêiner drive: %1</numerusform>
            <numerusform>%n objetos excluídos; as cópias estão no contêiner drive: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has a new ETag: DriveMonitor processes it again on its next pass.</source>
        <translation>%1 tem um novo ETag: o DriveMonitor o processa de novo na próxima passada.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 falhou: %2</translation>
    </message>
    <message>
        <source>Could not list %1: %2</source>
        <translation>Não foi possível listar %1: %2</translation>
    </message>
    <message>
        <source>Choose a bucket on the left.</source>
        <translation>Escolha um bucket à esquerda.</translation>
    </message>
    <message>
        <source>Not saved; nothing was written.</source>
        <translation>Não salvo; nada foi gravado.</translation>
    </message>
    <message>
        <source>%1 is open already; close it first to restore the kept edit.</source>
        <translation>%1 já está aberto; feche-o antes para restaurar a edição guardada.</translation>
    </message>
    <message>
        <source>Restored the unsaved edit of %1 from %2. Save it to write it to the drive.</source>
        <translation>A edição não salva de %1 foi restaurada de %2. Salve para gravá-la no drive.</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>Baixar…</translation>
    </message>
    <message>
        <source>Save the selected objects into a folder on this computer</source>
        <translation>Salvar os objetos selecionados em uma pasta deste computador</translation>
    </message>
    <message>
        <source>Upload…</source>
        <translation>Enviar…</translation>
    </message>
    <message>
        <source>Upload files into the shown folder (you can also drop files and folders on the table)</source>
        <translation>Enviar arquivos para a pasta mostrada (você também pode soltar arquivos e pastas na tabela)</translation>
    </message>
    <message>
        <source>Upload folder…</source>
        <translation>Enviar pasta…</translation>
    </message>
    <message>
        <source>Upload a folder with everything below it into the shown folder</source>
        <translation>Enviar uma pasta com todo o conteúdo dela para a pasta mostrada</translation>
    </message>
    <message>
        <source>Rename or move…</source>
        <translation>Renomear ou mover…</translation>
    </message>
    <message>
        <source>Give the selected object a new name or folder (copied, then the original removed)</source>
        <translation>Dar ao objeto selecionado um novo nome ou pasta (é copiado e depois o original é removido)</translation>
    </message>
    <message>
        <source>Download into folder</source>
        <translation>Baixar na pasta</translation>
    </message>
    <message>
        <source>Upload files</source>
        <translation>Enviar arquivos</translation>
    </message>
    <message>
        <source>Upload folder</source>
        <translation>Enviar pasta</translation>
    </message>
    <message>
        <source>Rename or move</source>
        <translation>Renomear ou mover</translation>
    </message>
    <message>
        <source>New name of the object, with its folders inside the bucket (end with a slash to keep the name):</source>
        <translation>Novo nome do objeto, com as pastas dentro do bucket (termine com uma barra para manter o nome):</translation>
    </message>
    <message>
        <source>Nothing to upload: the folder holds no files.</source>
        <translation>Nada para enviar: a pasta não contém arquivos.</translation>
    </message>
    <message>
        <source>Could not check what is in %1: %2</source>
        <translation>Não foi possível verificar o conteúdo de %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>(replaces %n existing object(s); each is copied to the drive container&apos;s /tmp first)</source>
        <translation>
            <numerusform>(substitui %n objeto existente; ele é copiado antes para /tmp do contêiner drive)</numerusform>
            <numerusform>(substitui %n objetos existentes; cada um é copiado antes para /tmp do contêiner drive)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1: concluído.</translation>
    </message>
    <message>
        <source>Moved %1 to %2; a copy of the original is in the drive container: %3</source>
        <translation>%1 movido para %2; uma cópia do original está no contêiner drive: %3</translation>
    </message>
    <message>
        <source>Remove stale partial uploads (older than a day) from the drive container&apos;s %1</source>
        <translation>Remover envios parciais antigos (com mais de um dia) de %1 do contêiner drive</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n partial upload(s): %1</source>
        <translation>
            <numerusform>Removido %n envio parcial: %1</numerusform>
            <numerusform>Removidos %n envios parciais: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n partial upload(s) that an interrupted upload left in the drive container&apos;s %1.</source>
        <translation>
            <numerusform>Removido %n envio parcial que um envio interrompido deixou em %1 do contêiner drive.</numerusform>
            <numerusform>Removidos %n envios parciais que envios interrompidos deixaram em %1 do contêiner drive.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the files to upload to %1</source>
        <translation>Lendo os arquivos a enviar para %1</translation>
    </message>
    <message>
        <source>Reading folders…</source>
        <translation>Lendo pastas…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) to upload.</source>
        <translation>
            <numerusform>%n arquivo a enviar.</numerusform>
            <numerusform>%n arquivos a enviar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriveTransfer</name>
    <message>
        <source>Download %1</source>
        <translation>Baixar %1</translation>
    </message>
    <message numerus="yes">
        <source>Download %n object(s) from %1</source>
        <translation>
            <numerusform>Baixar %n objeto de %1</numerusform>
            <numerusform>Baixar %n objetos de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Interrompido.</translation>
    </message>
    <message>
        <source>Download cancelled.</source>
        <translation>Download cancelado.</translation>
    </message>
    <message numerus="yes">
        <source>Downloaded %n file(s) to %1</source>
        <translation>
            <numerusform>%n arquivo baixado em %1</numerusform>
            <numerusform>%n arquivos baixados em %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused to write %1 outside %2.</source>
        <translation>Gravação de %1 fora de %2 recusada.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>writing the file failed: %1</source>
        <translation>falha ao gravar o arquivo: %1</translation>
    </message>
    <message>
        <source>%1 of %2 bytes arrived; the object may have changed since it was listed</source>
        <translation>chegaram %1 de %2 bytes; o objeto pode ter mudado desde que foi listado</translation>
    </message>
    <message>
        <source>Downloading %1 failed: %2</source>
        <translation>Falha ao baixar %1: %2</translation>
    </message>
    <message>
        <source>Sent and verified; installing…</source>
        <translation>Enviado e verificado; instalando…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) sent and verified.</source>
        <translation>
            <numerusform>%n arquivo enviado e verificado.</numerusform>
            <numerusform>%n arquivos enviados e verificados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>Upload cancelled; nothing was written to the drive.</source>
        <translation>Envio cancelado; nada foi gravado no drive.</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>Falha ao ler %1: %2</translation>
    </message>
    <message>
        <source>Sending %1 failed: %2</source>
        <translation>Falha ao enviar %1: %2</translation>
    </message>
    <message>
        <source>%1 did not arrive intact (the local file may have changed while it was sent); nothing was written to the drive.</source>
        <translation>%1 não chegou íntegro (o arquivo local pode ter mudado durante o envio); nada foi gravado no drive.</translation>
    </message>
    <message>
        <source>Removing what was sent…</source>
        <translation>Removendo o que foi enviado…</translation>
    </message>
</context>
<context>
    <name>EditorHighlighter</name>
    <message>
        <source>No syntax definition named %1.</source>
        <translation>Nenhuma definição de sintaxe chamada %1.</translation>
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
        <translation>Subs&amp;tituir…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Buscar &amp;próxima</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>Buscar &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Go to Line…</source>
        <translation>&amp;Ir para a linha…</translation>
    </message>
    <message>
        <source>Go to Line</source>
        <translation>Ir para a linha</translation>
    </message>
    <message>
        <source>Line (1–%1):</source>
        <translation>Linha (1–%1):</translation>
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
    <name>FindReplaceBar</name>
    <message>
        <source>Find:</source>
        <translation>Buscar:</translation>
    </message>
    <message>
        <source>Text or regular expression</source>
        <translation>Texto ou expressão regular</translation>
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
        <source>Match case</source>
        <translation>Diferenciar maiúsculas</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Expressão regular</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Fechar a barra de busca (Esc)</translation>
    </message>
    <message>
        <source>Replace:</source>
        <translation>Substituir:</translation>
    </message>
    <message>
        <source>Replacement (\1 for a captured group)</source>
        <translation>Substituição (\1 para um grupo capturado)</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Substituir</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>Substituir tudo</translation>
    </message>
    <message>
        <source>Invalid regular expression: %1</source>
        <translation>Expressão regular inválida: %1</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Não encontrado</translation>
    </message>
    <message>
        <source>Search wrapped around</source>
        <translation>A busca recomeçou do início</translation>
    </message>
    <message numerus="yes">
        <source>%n replacement(s)</source>
        <translation>
            <numerusform>%n substituição</numerusform>
            <numerusform>%n substituições</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%n recent error line(s) in err.log</source>
        <translation>
            <numerusform>%n linha de erro recente em err.log</numerusform>
            <numerusform>%n linhas de erro recentes em err.log</numerusform>
        </translation>
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
    <message>
        <source>Not connected</source>
        <translation>Não conectado</translation>
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
        <translation>Conexão caiu, reconectando…</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Conexão perdida</translation>
    </message>
    <message>
        <source>%1 reached %2, which is in a PROD subnet: this connection is handled as PROD.</source>
        <translation>%1 se conectou a %2, que está em uma sub-rede PROD: esta conexão é tratada como PROD.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not run: its exact commands were not the ones confirmed.</source>
        <translation>&quot;%1&quot; não foi executado: seus comandos exatos não eram os confirmados.</translation>
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
    <message>
        <source>DANGER: host key cannot be checked</source>
        <translation>PERIGO: não é possível verificar a chave do host</translation>
    </message>
    <message>
        <source>DANGER: %1 is already in known_hosts, but its entry cannot be used.</source>
        <translation>PERIGO: %1 já está no known_hosts, mas a entrada dele não pode ser usada.</translation>
    </message>
    <message>
        <source>%1. This host is NOT new: accepting its key here could hide an attack. Reject, and check the entry with the host&apos;s administrator.</source>
        <translation>%1. Este host NÃO é novo: aceitar a chave dele aqui poderia esconder um ataque. Rejeite e verifique a entrada com o administrador do host.</translation>
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
    <message>
        <source>The host&apos;s answer to %1 is not valid JSON (%2 at byte %3).</source>
        <translation>A resposta do host a %1 não é JSON válido (%2 no byte %3).</translation>
    </message>
    <message>
        <source>The host&apos;s answer to %1 is not a JSON list.</source>
        <translation>A resposta do host a %1 não é uma lista JSON.</translation>
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
    <message numerus="yes">
        <source>Chain intact (%n entries checked; </source>
        <translation>
            <numerusform>Cadeia íntegra (%n entrada verificada; </numerusform>
            <numerusform>Cadeia íntegra (%n entradas verificadas; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older entries predate the chain).</source>
        <translation>
            <numerusform>%n entrada mais antiga é anterior à cadeia).</numerusform>
            <numerusform>%n entradas mais antigas são anteriores à cadeia).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Chain intact (%n entries checked).</source>
        <translation>
            <numerusform>Cadeia íntegra (%n entrada verificada).</numerusform>
            <numerusform>Cadeia íntegra (%n entradas verificadas).</numerusform>
        </translation>
    </message>
    <message>
        <source>Chain BROKEN at entry %1: it, or the entry before it, was changed, removed or inserted outside GB Admin.</source>
        <translation>Cadeia QUEBRADA na entrada %1: ela, ou a entrada anterior, foi alterada, removida ou inserida fora do GB Admin.</translation>
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
    <message>
        <source>Each entry carries a hash over the one before it: an entry changed, removed or inserted outside GB Admin breaks the chain.</source>
        <translation>Cada entrada leva um hash da anterior: uma entrada alterada, removida ou inserida fora do GB Admin quebra a cadeia.</translation>
    </message>
</context>
<context>
    <name>KnownHosts</name>
    <message>
        <source>the entry has no key</source>
        <translation>a entrada não tem chave</translation>
    </message>
    <message>
        <source>the key of the entry cannot be read</source>
        <translation>não é possível ler a chave da entrada</translation>
    </message>
    <message>
        <source>the entry revokes a key (@revoked)</source>
        <translation>a entrada revoga uma chave (@revoked)</translation>
    </message>
    <message>
        <source>the host is vouched for by a certificate authority (@cert-authority), which GB Admin does not check</source>
        <translation>o host é avalizado por uma autoridade certificadora (@cert-authority), que o GB Admin não verifica</translation>
    </message>
    <message>
        <source>the entry has an unknown marker %1</source>
        <translation>a entrada tem um marcador desconhecido %1</translation>
    </message>
</context>
<context>
    <name>LocalUploadScan</name>
    <message>
        <source>Reading the files was cancelled.</source>
        <translation>A leitura dos arquivos foi cancelada.</translation>
    </message>
    <message>
        <source>%1 is not a file or folder that can be read.</source>
        <translation>%1 não é um arquivo ou pasta que possa ser lido.</translation>
    </message>
    <message>
        <source>%1 cannot be uploaded under that name: %2</source>
        <translation>%1 não pode ser enviado com esse nome: %2</translation>
    </message>
    <message>
        <source>Two of the files would both become %1.</source>
        <translation>Dois dos arquivos virariam %1.</translation>
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
        <translation>  (×%1, primeira %2, última %3)</translation>
    </message>
</context>
<context>
    <name>LogSearch</name>
    <message>
        <source>Empty search</source>
        <translation>Busca vazia</translation>
    </message>
    <message>
        <source>Invalid regular expression: %1</source>
        <translation>Expressão regular inválida: %1</translation>
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
        <translation>Erro:</translation>
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
    <message>
        <source>Time column: none, the line&apos;s local date and time, or the time since its step started</source>
        <translation>Coluna de horário: nenhuma, a data e hora local da linha ou o tempo desde o início da etapa</translation>
    </message>
    <message>
        <source>No times</source>
        <translation>Sem horário</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Hora local</translation>
    </message>
    <message>
        <source>Since step start</source>
        <translation>Desde início da etapa</translation>
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
    <message>
        <source>Following %1 in system — %2 messages kept (of at most %3), repeats folded</source>
        <translation>Acompanhando %1 no system — %2 mensagens mantidas (de no máximo %3), repetições recolhidas</translation>
    </message>
    <message numerus="yes">
        <source>paused: %n new message(s) below — scroll to the bottom to resume</source>
        <translation>
            <numerusform>pausado: %n mensagem nova abaixo — role até o fim para retomar</numerusform>
            <numerusform>pausado: %n mensagens novas abaixo — role até o fim para retomar</numerusform>
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
    <name>McJsonStream</name>
    <message>
        <source>mc reported an error without a message.</source>
        <translation>O mc relatou um erro sem mensagem.</translation>
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
    <name>OperationConsentWidget</name>
    <message>
        <source>&amp;Copy commands</source>
        <translation>&amp;Copiar comandos</translation>
    </message>
    <message>
        <source>No backup is taken.</source>
        <translation>Nenhum backup é feito.</translation>
    </message>
    <message>
        <source>A backup is taken first: %1</source>
        <translation>Antes é feito um backup: %1</translation>
    </message>
    <message numerus="yes">
        <source>The exact commands that will run (%n)</source>
        <translation>
            <numerusform>O comando exato que será executado (%n)</numerusform>
            <numerusform>Os comandos exatos que serão executados (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>This runs on %1. Type %2 to confirm:</source>
        <translation>Isto é executado em %1. Digite %2 para confirmar:</translation>
    </message>
    <message>
        <source>This host&apos;s environment is unknown, so it is treated like PROD. Type %1 to confirm:</source>
        <translation>O ambiente deste host é desconhecido, então ele é tratado como PROD. Digite %1 para confirmar:</translation>
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
    <message>
        <source>&quot;%1&quot; runs on a host of unknown environment, treated like PROD: type &quot;%2&quot; to confirm.</source>
        <translation>&quot;%1&quot; é executado em um host de ambiente desconhecido, tratado como PROD: digite &quot;%2&quot; para confirmar.</translation>
    </message>
    <message>
        <source>The journal could not be written (%1), so &quot;%2&quot; was not run.</source>
        <translation>Não foi possível gravar no registro (%1), então &quot;%2&quot; não foi executado.</translation>
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
    <message>
        <source>Safety:</source>
        <translation>Segurança:</translation>
    </message>
    <message>
        <source>Hosts of &amp;unknown environment need the typed name, like PROD</source>
        <translation>Hosts de ambiente &amp;desconhecido exigem digitar o nome, como em PROD</translation>
    </message>
    <message>
        <source>When no rule says whether a host is PROD or STAGE, changes to it are confirmed like on PROD (type the target&apos;s name). Turn off only if you know every such host is a test machine.</source>
        <translation>Quando nenhuma regra diz se um host é PROD ou STAGE, as alterações nele são confirmadas como em PROD (digite o nome do alvo). Desative somente se souber que todos esses hosts são máquinas de teste.</translation>
    </message>
    <message>
        <source>C&amp;I log cache up to:</source>
        <translation>Cac&amp;he de logs de CI até:</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Whole CI task logs the CI tab downloaded (for search) are kept on this computer up to this size; the least recently used go first. Making it smaller evicts at once.</source>
        <translation>Os logs completos de tarefas de CI baixados pela aba CI (para busca) ficam neste computador até este tamanho; os usados há mais tempo saem primeiro. Reduzir o valor libera espaço na hora.</translation>
    </message>
    <message>
        <source>Light or dark windows. Desktop default uses the colours your desktop gives Qt applications; choose Dark if the desktop is dark but GB Admin&apos;s windows stay light.</source>
        <translation>Janelas claras ou escuras. Padrão do desktop usa as cores que o seu desktop dá aos aplicativos Qt; escolha Escuro se o desktop é escuro mas as janelas do GB Admin continuam claras.</translation>
    </message>
    <message>
        <source>Desktop default</source>
        <translation>Padrão do desktop</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <source>C&amp;olours:</source>
        <translation>Co&amp;res:</translation>
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
    <name>ProxyJump</name>
    <message>
        <source>The jump host &quot;%1&quot; starts with &apos;-&apos;, which ssh would read as an option; it was not used.</source>
        <translation>O host de salto &quot;%1&quot; começa com &apos;-&apos;, que o ssh leria como opção; ele não foi usado.</translation>
    </message>
    <message>
        <source>The ProxyJump setting names no jump host.</source>
        <translation>A configuração ProxyJump não indica nenhum host de salto.</translation>
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
    <name>RdataChecker</name>
    <message>
        <source>Unexpected text &quot;%1&quot; after the %2 record&apos;s data (it takes %3).</source>
        <translation>Texto inesperado &quot;%1&quot; após os dados do registro %2 (ele recebe %3).</translation>
    </message>
    <message>
        <source>The hexadecimal data has an odd number of digits; each byte takes two.</source>
        <translation>Os dados hexadecimais têm um número ímpar de dígitos; cada byte ocupa dois.</translation>
    </message>
    <message>
        <source>The base64 data is cut short (its length is not a multiple of 4).</source>
        <translation>Os dados base64 estão truncados (o comprimento não é múltiplo de 4).</translation>
    </message>
    <message>
        <source>Generic data (\#) needs a length and hexadecimal data.</source>
        <translation>Os dados genéricos (\#) precisam de um comprimento e de dados hexadecimais.</translation>
    </message>
    <message>
        <source>Generic data (\#) says %1 bytes but %2 hexadecimal digits follow (expected %3).</source>
        <translation>Os dados genéricos (\#) indicam %1 bytes, mas vêm em seguida %2 dígitos hexadecimais (eram esperados %3).</translation>
    </message>
    <message>
        <source>The service parameter &quot;%1&quot; is given twice.</source>
        <translation>O parâmetro de serviço &quot;%1&quot; aparece duas vezes.</translation>
    </message>
    <message>
        <source>The service parameter &quot;%1&quot; needs a value (%1=...).</source>
        <translation>O parâmetro de serviço &quot;%1&quot; precisa de um valor (%1=...).</translation>
    </message>
    <message>
        <source>Text string has a bad backslash escape.</source>
        <translation>A string de texto tem uma sequência de escape com barra invertida inválida.</translation>
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
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>@ for the zone itself, www, _sip._tcp …</source>
        <translation>@ para a própria zona, www, _sip._tcp …</translation>
    </message>
    <message>
        <source>&amp;TTL:</source>
        <translation>&amp;TTL:</translation>
    </message>
    <message>
        <source>the zone&apos;s default</source>
        <translation>o padrão da zona</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dados</translation>
    </message>
    <message>
        <source>IPv4 address:</source>
        <translation>Endereço IPv4:</translation>
    </message>
    <message>
        <source>IPv6 address:</source>
        <translation>Endereço IPv6:</translation>
    </message>
    <message>
        <source>Alias of:</source>
        <translation>Alias de:</translation>
    </message>
    <message>
        <source>Name server:</source>
        <translation>Servidor de nomes:</translation>
    </message>
    <message>
        <source>Host name:</source>
        <translation>Nome do host:</translation>
    </message>
    <message>
        <source>Preference:</source>
        <translation>Preferência:</translation>
    </message>
    <message>
        <source>Mail server:</source>
        <translation>Servidor de e-mail:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texto:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Prioridade:</translation>
    </message>
    <message>
        <source>Weight:</source>
        <translation>Peso:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Porta:</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Alvo:</translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation>Flags:</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Tag:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Valor:</translation>
    </message>
    <message>
        <source>the zone&apos;s default (%1)</source>
        <translation>o padrão da zona (%1)</translation>
    </message>
    <message>
        <source>Record in %1</source>
        <translation>Registro em %1</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>Dados:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a TTL (seconds, or units such as 1h, 30m, 1d).</source>
        <translation>&quot;%1&quot; não é um TTL (segundos, ou unidades como 1h, 30m, 1d).</translation>
    </message>
    <message>
        <source>Choose a record type.</source>
        <translation>Escolha um tipo de registro.</translation>
    </message>
    <message>
        <source>Will be written as: %1 %2%3 %4</source>
        <translation>Será gravado como: %1 %2%3 %4</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>The name is empty (use @ for the zone itself).</source>
        <translation>O nome está vazio (use @ para a própria zona).</translation>
    </message>
    <message>
        <source>The data must stay on one line.</source>
        <translation>Os dados devem ficar em uma linha.</translation>
    </message>
    <message>
        <source>Alias of</source>
        <translation>Alias de</translation>
    </message>
    <message>
        <source>Name server</source>
        <translation>Servidor de nomes</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Nome do host</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Servidor de e-mail</translation>
    </message>
</context>
<context>
    <name>RemoteFile</name>
    <message>
        <source>%1 is being saved already.</source>
        <translation>%1 já está sendo salvo.</translation>
    </message>
    <message>
        <source>%1 cannot be saved here: nothing runs operations.</source>
        <translation>%1 não pode ser salvo aqui: nada executa operações.</translation>
    </message>
    <message>
        <source>%1 was never read, so it cannot be saved safely; open it first.</source>
        <translation>%1 nunca foi lido, então não pode ser salvo com segurança; abra-o primeiro.</translation>
    </message>
    <message>
        <source>%1 was not saved: %2 Your edit is kept.</source>
        <translation>%1 não foi salvo: %2 Sua edição foi mantida.</translation>
    </message>
    <message>
        <source>Saving %1 did not complete (%2), and the host could not be read afterwards (%3). The host holds either the old or the complete new version, never a mix; your edit is kept. Save again when the connection is back: GB Admin then checks which it is.</source>
        <translation>Salvar %1 não foi concluído (%2), e não foi possível ler o host depois (%3). O host tem a versão antiga ou a nova completa, nunca uma mistura; sua edição foi mantida. Salve de novo quando a conexão voltar: o GB Admin verificará qual é.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 salvo.</translation>
    </message>
    <message>
        <source>Saved %1; the previous version is in %2.</source>
        <translation>%1 salvo; a versão anterior está em %2.</translation>
    </message>
    <message>
        <source>%1 already holds these bytes on the host (an earlier save completed).</source>
        <translation>%1 já contém estes bytes no host (um salvamento anterior foi concluído).</translation>
    </message>
    <message>
        <source>%1 was not saved (%2). The file on the host is unchanged; your edit is kept.</source>
        <translation>%1 não foi salvo (%2). O arquivo no host não mudou; sua edição foi mantida.</translation>
    </message>
    <message>
        <source>%1 was changed on the host since it was opened, so nothing was written. Compare the versions, reload, overwrite anyway or save a copy.</source>
        <translation>%1 foi alterado no host desde que foi aberto, então nada foi gravado. Compare as versões, recarregue, sobrescreva mesmo assim ou salve uma cópia.</translation>
    </message>
    <message>
        <source>%1 was deleted on the host since it was opened, so nothing was written.</source>
        <translation>%1 foi excluído no host desde que foi aberto, então nada foi gravado.</translation>
    </message>
    <message>
        <source>The host answered with an unexpected version line: %1</source>
        <translation>O host respondeu com uma linha de versão inesperada: %1</translation>
    </message>
    <message>
        <source>mc answered with unexpected output: %1</source>
        <translation>O mc respondeu com uma saída inesperada: %1</translation>
    </message>
    <message>
        <source>This is a folder, not an object.</source>
        <translation>Isto é uma pasta, não um objeto.</translation>
    </message>
    <message>
        <source>mc reported no ETag or size for the object.</source>
        <translation>O mc não informou ETag nem tamanho para o objeto.</translation>
    </message>
    <message>
        <source>Read %1</source>
        <translation>Ler %1</translation>
    </message>
    <message>
        <source>Check the version of %1</source>
        <translation>Verificar a versão de %1</translation>
    </message>
    <message>
        <source>Back up %1</source>
        <translation>Fazer backup de %1</translation>
    </message>
    <message>
        <source>Restore %1 from %2</source>
        <translation>Restaurar %1 a partir de %2</translation>
    </message>
    <message>
        <source>Write %1</source>
        <translation>Gravar %1</translation>
    </message>
    <message>
        <source>Verify %1</source>
        <translation>Conferir %1</translation>
    </message>
    <message>
        <source>%1 was never opened, so it cannot be saved safely.</source>
        <translation>%1 nunca foi aberto, então não pode ser salvo com segurança.</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>Salvar %1</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 não existe.</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>Falha ao ler %1: %2</translation>
    </message>
    <message>
        <source>Reading %1 failed: the host sent no version line.</source>
        <translation>Falha ao ler %1: o host não enviou nenhuma linha de versão.</translation>
    </message>
    <message>
        <source>%1 changed while it was read; read it again.</source>
        <translation>%1 mudou enquanto era lido; leia-o de novo.</translation>
    </message>
    <message>
        <source>Checking %1 failed: %2</source>
        <translation>Falha ao verificar %1: %2</translation>
    </message>
    <message>
        <source>it changed on the host since it was opened; nothing was written</source>
        <translation>ele mudou no host desde que foi aberto; nada foi gravado</translation>
    </message>
    <message>
        <source>the upload arrived incomplete; nothing was changed</source>
        <translation>o envio chegou incompleto; nada foi alterado</translation>
    </message>
    <message>
        <source>after writing, the host does not hold what was sent</source>
        <translation>após a gravação, o host não contém o que foi enviado</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>status de saída %1</translation>
    </message>
    <message>
        <source>%1 (exit status %2)</source>
        <translation>%1 (status de saída %2)</translation>
    </message>
</context>
<context>
    <name>RemoteLocation</name>
    <message>
        <source>&quot;%1&quot; is not a container name.</source>
        <translation>&quot;%1&quot; não é um nome de contêiner.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a bucket name.</source>
        <translation>&quot;%1&quot; não é um nome de bucket.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an object name that can be edited.</source>
        <translation>&quot;%1&quot; não é um nome de objeto que possa ser editado.</translation>
    </message>
    <message>
        <source>The mc client or alias of %1 is not usable.</source>
        <translation>O cliente ou alias do mc de %1 não é utilizável.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute file path.</source>
        <translation>&quot;%1&quot; não é um caminho de arquivo absoluto.</translation>
    </message>
    <message>
        <source>Unknown kind of remote file &quot;%1&quot;.</source>
        <translation>Tipo desconhecido de arquivo remoto &quot;%1&quot;.</translation>
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
        <translation>Recarregar (descartar minhas edições)</translation>
    </message>
    <message>
        <source>Overwrite anyway</source>
        <translation>Sobrescrever mesmo assim</translation>
    </message>
    <message>
        <source>Show the host&apos;s version beside yours</source>
        <translation>Mostrar a versão do host ao lado da sua</translation>
    </message>
    <message>
        <source>Read the host&apos;s version again; your edits are dropped</source>
        <translation>Ler a versão do host de novo; suas edições são descartadas</translation>
    </message>
    <message>
        <source>Save yours over the version you were shown (backup first)</source>
        <translation>Salvar a sua sobre a versão que lhe foi mostrada (backup antes)</translation>
    </message>
    <message>
        <source>%1: the host&apos;s version and yours</source>
        <translation>%1: a versão do host e a sua</translation>
    </message>
</context>
<context>
    <name>SaveWatch</name>
    <message>
        <source>Uploaded; waiting for DriveMonitor to see the new version…</source>
        <translation>Enviado; aguardando o DriveMonitor ver a nova versão…</translation>
    </message>
    <message>
        <source>Could not ask the system container about the new version: %1</source>
        <translation>Não foi possível consultar o contêiner system sobre a nova versão: %1</translation>
    </message>
    <message>
        <source>DriveMonitor did not pick up the new version within %1 s. Check that botserver is running (systemctl is-active botserver in the system container) and that the bot is active (bots.is_active).</source>
        <translation>O DriveMonitor não detectou a nova versão em %1 s. Verifique se o botserver está em execução (systemctl is-active botserver no contêiner system) e se o bot está ativo (bots.is_active).</translation>
    </message>
    <message>
        <source>DriveMonitor saw the new version, but it was not %1 within %2 s. Check err.log in the system container.</source>
        <translation>O DriveMonitor viu a nova versão, mas ela não foi %1 em %2 s. Verifique o err.log no contêiner system.</translation>
    </message>
    <message>
        <source>compiled</source>
        <translation>compilada</translation>
    </message>
    <message>
        <source>processed</source>
        <translation>processada</translation>
    </message>
    <message>
        <source>Check DriveMonitor&apos;s record of %1</source>
        <translation>Verificar o registro do DriveMonitor sobre %1</translation>
    </message>
    <message>
        <source>DriveMonitor skips %1 after %2 failed attempts, so the new version is not used. After the fix, remove the object and upload it again, or force a re-sync.</source>
        <translation>O DriveMonitor ignora %1 após %2 tentativas com falha, então a nova versão não é usada. Após a correção, remova o objeto e envie-o de novo, ou force uma nova sincronização.</translation>
    </message>
    <message>
        <source>DriveMonitor saw the new version; waiting for the compiler…</source>
        <translation>O DriveMonitor viu a nova versão; aguardando o compilador…</translation>
    </message>
    <message>
        <source>DriveMonitor saw the new version; waiting for it to be processed…</source>
        <translation>O DriveMonitor viu a nova versão; aguardando o processamento…</translation>
    </message>
    <message>
        <source>The compiler rejected the script at line %1: %2</source>
        <translation>O compilador rejeitou o script na linha %1: %2</translation>
    </message>
    <message>
        <source>The compiler rejected the script: %1</source>
        <translation>O compilador rejeitou o script: %1</translation>
    </message>
    <message>
        <source>Compiled: the bot uses the new version.</source>
        <translation>Compilado: o bot usa a nova versão.</translation>
    </message>
    <message>
        <source>DriveMonitor processed the new version.</source>
        <translation>O DriveMonitor processou a nova versão.</translation>
    </message>
    <message>
        <source>DriveMonitor skips %1 after %2 failed attempts. After the fix, remove the object and upload it again, or force a re-sync.</source>
        <translation>O DriveMonitor ignora %1 após %2 tentativas com falha. Após a correção, remova o objeto e envie-o de novo, ou force uma nova sincronização.</translation>
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
    <name>ShellQuote</name>
    <message>
        <source>Internal error: an empty command was about to be sent to the host.</source>
        <translation>Erro interno: um comando vazio estava prestes a ser enviado ao host.</translation>
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
    <name>SoaSerial</name>
    <message>
        <source>Serial %1 cannot be raised without leaving the RFC 1982 window.</source>
        <translation>O serial %1 não pode ser incrementado sem sair da janela da RFC 1982.</translation>
    </message>
</context>
<context>
    <name>SshConfig</name>
    <message>
        <source>Cannot read the SSH configuration %1: %2</source>
        <translation>Não é possível ler a configuração SSH %1: %2</translation>
    </message>
</context>
<context>
    <name>SshError</name>
    <message>
        <source>The host name could not be resolved. Check its spelling or your DNS.</source>
        <translation>Não foi possível resolver o nome do host. Verifique a grafia ou o seu DNS.</translation>
    </message>
    <message>
        <source>The connection to the host was closed unexpectedly.</source>
        <translation>A conexão com o host foi encerrada inesperadamente.</translation>
    </message>
    <message>
        <source>The jump host (ProxyJump) could not be used to reach the host.</source>
        <translation>Não foi possível usar o host de salto (ProxyJump) para alcançar o host.</translation>
    </message>
    <message>
        <source>This computer and the host have no encryption method in common.</source>
        <translation>Este computador e o host não têm nenhum método de criptografia em comum.</translation>
    </message>
    <message>
        <source>The host refused to open another command channel (MaxSessions reached?).</source>
        <translation>O host se recusou a abrir outro canal de comando (MaxSessions atingido?).</translation>
    </message>
    <message>
        <source>The key file could not be read (wrong passphrase or unsupported format).</source>
        <translation>Não foi possível ler o arquivo de chave (frase secreta incorreta ou formato não suportado).</translation>
    </message>
    <message>
        <source>The SSH connection failed for an unknown reason.</source>
        <translation>A conexão SSH falhou por um motivo desconhecido.</translation>
    </message>
    <message>
        <source>The SSH connection reported an error.</source>
        <translation>A conexão SSH relatou um erro.</translation>
    </message>
    <message>
        <source>Could not %1. %2</source>
        <translation>Não foi possível %1. %2</translation>
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
    <name>SshWorker</name>
    <message>
        <source>connect to %1</source>
        <translation>conectar a %1</translation>
    </message>
    <message>
        <source>The jump host said: %1</source>
        <translation>O host de salto disse: %1</translation>
    </message>
    <message>
        <source>Could not read the host key of %1.</source>
        <translation>Não foi possível ler a chave de host de %1.</translation>
    </message>
    <message>
        <source>line %1 of %2</source>
        <translation>linha %1 de %2</translation>
    </message>
    <message>
        <source>DANGER: the host key of %1 (%2 %3) is marked @revoked at %4. Nothing was run; do not connect until the host has a new key.</source>
        <translation>PERIGO: a chave de host de %1 (%2 %3) está marcada como @revoked em %4. Nada foi executado; não se conecte até o host ter uma nova chave.</translation>
    </message>
    <message>
        <source>DANGER: the host key of %1 has CHANGED (%2 now presents %3 %4). Someone may be intercepting the connection, or the host was reinstalled. Nothing was run. If you know why it changed, remove the old key at %5 (for example with `ssh-keygen -R &apos;%6&apos; -f %7`) and connect again.</source>
        <translation>PERIGO: a chave de host de %1 MUDOU (%2 agora apresenta %3 %4). Alguém pode estar interceptando a conexão, ou o host foi reinstalado. Nada foi executado. Se você sabe por que ela mudou, remova a chave antiga em %5 (por exemplo com `ssh-keygen -R &apos;%6&apos; -f %7`) e conecte-se de novo.</translation>
    </message>
    <message>
        <source>DANGER: known_hosts has an entry for %1 that cannot be used (%2), and strict host key checking is on. Nothing was run.</source>
        <translation>PERIGO: o known_hosts tem uma entrada para %1 que não pode ser usada (%2), e a verificação estrita de chave de host está ativada. Nada foi executado.</translation>
    </message>
    <message>
        <source>The host key of %1 (%2 %3) is not in %4 and strict host key checking is on. Nothing was run.</source>
        <translation>A chave de host de %1 (%2 %3) não está em %4, e a verificação estrita de chave de host está ativada. Nada foi executado.</translation>
    </message>
    <message>
        <source>save the host key to %1</source>
        <translation>salvar a chave de host em %1</translation>
    </message>
    <message>
        <source>send input to a command on %1</source>
        <translation>enviar entrada a um comando em %1</translation>
    </message>
    <message>
        <source>sudo on %1 needs a password and none was given.</source>
        <translation>O sudo em %1 precisa de uma senha e nenhuma foi informada.</translation>
    </message>
    <message>
        <source>sudo did not accept the password.</source>
        <translation>O sudo não aceitou a senha.</translation>
    </message>
    <message>
        <source>The connection was closed before the command finished.</source>
        <translation>A conexão foi encerrada antes de o comando terminar.</translation>
    </message>
    <message>
        <source>Timeout connecting to %1</source>
        <translation>Tempo esgotado ao conectar a %1</translation>
    </message>
    <message>
        <source>Could not compute the fingerprint of the host key of %1.</source>
        <translation>Não foi possível calcular a impressão digital da chave de host de %1.</translation>
    </message>
    <message>
        <source>The host key of %1 was not trusted; nothing was run.</source>
        <translation>A chave de host de %1 não foi considerada confiável; nada foi executado.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost while the command ran (%2). It may or may not have completed on the host; check before retrying.</source>
        <translation>A conexão com %1 foi perdida enquanto o comando era executado (%2). Ele pode ou não ter sido concluído no host; verifique antes de tentar de novo.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost before the command started (%2).</source>
        <translation>A conexão com %1 foi perdida antes de o comando começar (%2).</translation>
    </message>
    <message>
        <source>The connection to %1 was lost (%2).</source>
        <translation>A conexão com %1 foi perdida (%2).</translation>
    </message>
    <message>
        <source>The command did not start within %1 ms.</source>
        <translation>O comando não iniciou em até %1 ms.</translation>
    </message>
    <message>
        <source>Login to %1 was cancelled.</source>
        <translation>O login em %1 foi cancelado.</translation>
    </message>
    <message>
        <source>The passphrase did not unlock the key.</source>
        <translation>A frase secreta não desbloqueou a chave.</translation>
    </message>
    <message>
        <source>The host did not accept the password.</source>
        <translation>O host não aceitou a senha.</translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation>Não conectado a %1.</translation>
    </message>
    <message>
        <source>The login shell of %1 did not run the command. GB Admin needs a POSIX login shell there (sh, bash, dash or zsh); fish and similar shells do not work.</source>
        <translation>O shell de login de %1 não executou o comando. O GB Admin precisa de um shell de login POSIX lá (sh, bash, dash ou zsh); fish e shells parecidos não funcionam.</translation>
    </message>
    <message>
        <source>The command was killed on the host by signal %1.</source>
        <translation>O comando foi encerrado no host pelo sinal %1.</translation>
    </message>
    <message>
        <source>The host closed the command&apos;s channel without reporting an exit status.</source>
        <translation>O host encerrou o canal do comando sem informar um status de saída.</translation>
    </message>
    <message>
        <source>Cancelled before it started.</source>
        <translation>Cancelado antes de começar.</translation>
    </message>
</context>
<context>
    <name>SyntaxDefinition</name>
    <message>
        <source>Cannot read the syntax definition %1: %2</source>
        <translation>Não é possível ler a definição de sintaxe %1: %2</translation>
    </message>
    <message>
        <source>The syntax definition switches to an unknown context: %1</source>
        <translation>A definição de sintaxe muda para um contexto desconhecido: %1</translation>
    </message>
    <message>
        <source>The built-in highlighter does not implement the rule &lt;%1&gt; (line %2).</source>
        <translation>O realce embutido não implementa a regra &lt;%1&gt; (linha %2).</translation>
    </message>
    <message>
        <source>The built-in highlighter does not implement dynamic rules (line %1).</source>
        <translation>O realce embutido não implementa regras dinâmicas (linha %1).</translation>
    </message>
    <message>
        <source>Invalid regular expression in the syntax definition (line %1): %2</source>
        <translation>Expressão regular inválida na definição de sintaxe (linha %1): %2</translation>
    </message>
    <message>
        <source>The syntax definition is not well-formed XML (line %1): %2</source>
        <translation>A definição de sintaxe não é um XML bem formado (linha %1): %2</translation>
    </message>
    <message>
        <source>The syntax definition has no contexts.</source>
        <translation>A definição de sintaxe não tem contextos.</translation>
    </message>
    <message>
        <source>The syntax definition uses an undefined attribute: %1</source>
        <translation>A definição de sintaxe usa um atributo não definido: %1</translation>
    </message>
    <message>
        <source>The syntax definition uses an undefined keyword list: %1</source>
        <translation>A definição de sintaxe usa uma lista de palavras-chave não definida: %1</translation>
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
        <translation>Não é possível criar um arquivo temporário para o log decodificado: %1</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Não é possível abrir %1: %2</translation>
    </message>
    <message>
        <source>Read error at byte %1: %2</source>
        <translation>Erro de leitura no byte %1: %2</translation>
    </message>
    <message>
        <source>File ends inside the zstd frame at byte %1</source>
        <translation>O arquivo termina dentro do frame zstd no byte %1</translation>
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
    <name>TextFileFormat</name>
    <message>
        <source>The file is not valid UTF-8; it is shown read-only so its bytes stay as they are.</source>
        <translation>O arquivo não é UTF-8 válido; ele é mostrado somente para leitura, para que seus bytes fiquem como estão.</translation>
    </message>
    <message>
        <source>The file contains a carriage return without a line feed; saving an edit would turn it into a line break.</source>
        <translation>O arquivo contém um retorno de carro sem quebra de linha; salvar uma edição o transformaria em quebra de linha.</translation>
    </message>
    <message>
        <source>The file mixes CRLF and LF line endings; saving an edit writes %1 everywhere.</source>
        <translation>O arquivo mistura finais de linha CRLF e LF; salvar uma edição grava %1 em todo o arquivo.</translation>
    </message>
    <message>
        <source>The file contains NUL bytes; the editor cannot keep them through an edit.</source>
        <translation>O arquivo contém bytes NUL; o editor não consegue mantê-los em uma edição.</translation>
    </message>
    <message>
        <source>The file contains Unicode line or paragraph separators; the editor turns them into line breaks when an edit is saved.</source>
        <translation>O arquivo contém separadores Unicode de linha ou de parágrafo; o editor os transforma em quebras de linha quando uma edição é salva.</translation>
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
    <name>TransferMeter</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>falta %n s</numerusform>
            <numerusform>faltam %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>falta %n min</numerusform>
            <numerusform>faltam %n min</numerusform>
        </translation>
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
    <name>ZoneDiagnosticModel</name>
    <message>
        <source>No problems found.</source>
        <translation>Nenhum problema encontrado.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>linha %1</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>zona</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
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
        <translation>O parêntese &quot;(&quot; nunca é fechado: o registro vai até o fim do arquivo.</translation>
    </message>
    <message>
        <source>Parenthesis &quot;)&quot; has no matching &quot;(&quot;.</source>
        <translation>O parêntese &quot;)&quot; não tem um &quot;(&quot; correspondente.</translation>
    </message>
    <message>
        <source>Unknown directive %1 (known: $ORIGIN, $TTL, $INCLUDE, $GENERATE).</source>
        <translation>Diretiva desconhecida %1 (conhecidas: $ORIGIN, $TTL, $INCLUDE, $GENERATE).</translation>
    </message>
    <message>
        <source>The record type is missing (A, AAAA, CNAME, MX, TXT, ...).</source>
        <translation>Falta o tipo de registro (A, AAAA, CNAME, MX, TXT, ...).</translation>
    </message>
    <message>
        <source>Unknown record type &quot;%1&quot;.</source>
        <translation>Tipo de registro desconhecido &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Class %1 does not belong in an Internet zone; use IN or leave the class out.</source>
        <translation>A classe %1 não pertence a uma zona da Internet; use IN ou omita a classe.</translation>
    </message>
    <message>
        <source>No TTL given and no $TTL line: the SOA minimum is used as the TTL.</source>
        <translation>Nenhum TTL informado e nenhuma linha $TTL: o mínimo do SOA é usado como TTL.</translation>
    </message>
    <message>
        <source>This record has no TTL and no $TTL line comes before it.</source>
        <translation>Este registro não tem TTL e nenhuma linha $TTL vem antes dele.</translation>
    </message>
    <message>
        <source>The SOA record must be at the top of the zone (%1); this one is at %2</source>
        <translation>O registro SOA deve ficar no ápice da zona (%1); este está em %2</translation>
    </message>
    <message>
        <source>Unknown record type &quot;%1&quot; in $GENERATE.</source>
        <translation>Tipo de registro desconhecido &quot;%1&quot; em $GENERATE.</translation>
    </message>
    <message>
        <source>Only the first %1 records of this $GENERATE were checked.</source>
        <translation>Somente os primeiros %1 registros deste $GENERATE foram verificados.</translation>
    </message>
    <message>
        <source>For %1: %2</source>
        <translation>Para %1: %2</translation>
    </message>
    <message>
        <source>Duplicate %1 record for %2: the server keeps only one copy.</source>
        <translation>Registro %1 duplicado para %2: o servidor mantém apenas uma cópia.</translation>
    </message>
    <message>
        <source>The %1 records of %2 have different TTLs; the server uses one TTL for all of them.</source>
        <translation>Os registros %1 de %2 têm TTLs diferentes; o servidor usa um único TTL para todos eles.</translation>
    </message>
    <message>
        <source>The zone has more than one SOA record.</source>
        <translation>A zona tem mais de um registro SOA.</translation>
    </message>
    <message>
        <source>Name server %1 is below the DNAME at %2, which redirects it elsewhere.</source>
        <translation>O servidor de nomes %1 está abaixo do DNAME em %2, que o redireciona para outro lugar.</translation>
    </message>
    <message>
        <source>Name server %1 of the delegation %2 has no A or AAAA (glue) record in this zone.</source>
        <translation>O servidor de nomes %1 da delegação %2 não tem registro A ou AAAA (glue) nesta zona.</translation>
    </message>
    <message>
        <source>The zone has no SOA record at its top (%1); a server will not load it.</source>
        <translation>A zona não tem registro SOA no ápice (%1); nenhum servidor vai carregá-la.</translation>
    </message>
    <message>
        <source>The zone has no NS record at its top (%1); name its servers with &quot;@ IN NS host&quot;.</source>
        <translation>A zona não tem registro NS no ápice (%1); indique os servidores dela com &quot;@ IN NS host&quot;.</translation>
    </message>
    <message>
        <source>The zone has no SOA record to raise the serial of.</source>
        <translation>A zona não tem registro SOA cujo serial possa ser incrementado.</translation>
    </message>
    <message>
        <source>The SOA record is not well formed; fix it before raising the serial.</source>
        <translation>O registro SOA não está bem formado; corrija-o antes de incrementar o serial.</translation>
    </message>
    <message>
        <source>The SOA serial is not a number.</source>
        <translation>O serial do SOA não é um número.</translation>
    </message>
</context>
<context>
    <name>ZoneListModel</name>
    <message>
        <source>%1 (differs)</source>
        <translation>%1 (diferente)</translation>
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
        <translation>O servidor responde o serial %1, mas o arquivo tem %2: o arquivo não está no ar (ainda não recarregado, ou o CoreDNS o recusou).</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recarga</translation>
    </message>
    <message>
        <source>Serial in file</source>
        <translation>Serial no arquivo</translation>
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
    <name>ZoneSave</name>
    <message numerus="yes">
        <source>The zone has %n error(s); it is not saved until they are fixed.</source>
        <translation>
            <numerusform>A zona tem %n erro; ela não é salva até que seja corrigido.</numerusform>
            <numerusform>A zona tem %n erros; ela não é salva até que sejam corrigidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changed: the zone is as it was opened.</source>
        <translation>Nada mudou: a zona está como foi aberta.</translation>
    </message>
    <message>
        <source>The zone has no well-formed SOA record, so CoreDNS could not load it.</source>
        <translation>A zona não tem registro SOA bem formado, então o CoreDNS não conseguiria carregá-la.</translation>
    </message>
    <message>
        <source>The serial %1 is lower than the file&apos;s %2: secondary servers would keep the old zone. Raise it instead.</source>
        <translation>O serial %1 é menor que o %2 do arquivo: os servidores secundários manteriam a zona antiga. Incremente-o em vez disso.</translation>
    </message>
    <message>
        <source>The serial %1 is what the server has already loaded: CoreDNS would keep serving the old zone. Raise the serial before saving.</source>
        <translation>O serial %1 é o que o servidor já carregou: o CoreDNS continuaria servindo a zona antiga. Incremente o serial antes de salvar.</translation>
    </message>
    <message>
        <source>The SOA serial could not be raised.</source>
        <translation>Não foi possível incrementar o serial do SOA.</translation>
    </message>
</context>
<context>
    <name>ZoneSaveDialog</name>
    <message>
        <source>Save zone</source>
        <translation>Salvar zona</translation>
    </message>
    <message>
        <source>Make it live</source>
        <translation>Colocar no ar</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>Salvar %1</translation>
    </message>
    <message>
        <source>The SOA serial goes from %1 to %2 (raised automatically, so CoreDNS reloads the zone).</source>
        <translation>O serial do SOA vai de %1 para %2 (incrementado automaticamente, para o CoreDNS recarregar a zona).</translation>
    </message>
    <message>
        <source>The SOA serial goes from %1 to %2.</source>
        <translation>O serial do SOA vai de %1 para %2.</translation>
    </message>
    <message>
        <source>Wait for CoreDNS to re-read the file (every %1 s)</source>
        <translation>Aguardar o CoreDNS reler o arquivo (a cada %1 s)</translation>
    </message>
    <message>
        <source>Wait for CoreDNS to re-read the file (reload is off in the Corefile: it will not)</source>
        <translation>Aguardar o CoreDNS reler o arquivo (o reload está desativado no Corefile: ele não relerá)</translation>
    </message>
    <message>
        <source>These exact changes will be written to %1 in the dns container, only if the file there is still the one that was opened. %2</source>
        <translation>Estas alterações exatas serão gravadas em %1 no contêiner dns, somente se o arquivo ainda for o que foi aberto. %2</translation>
    </message>
    <message>
        <source>Reload CoreDNS now with SIGUSR1 (restarts its server blocks; never SIGHUP, which CoreDNS ignores):</source>
        <translation>Recarregar o CoreDNS agora com SIGUSR1 (reinicia seus blocos de servidor; nunca SIGHUP, que o CoreDNS ignora):</translation>
    </message>
</context>
<context>
    <name>ZoneVerifier</name>
    <message>
        <source>The DNS server still serves the old zone after %1 s: %2 CoreDNS keeps the old data when the new file does not parse or its serial did not change; look for &quot;plugin/file&quot; errors in /opt/gbo/logs/coredns.log.</source>
        <translation>O servidor DNS ainda serve a zona antiga após %1 s: %2 O CoreDNS mantém os dados antigos quando o novo arquivo não pode ser analisado ou o serial não mudou; procure erros &quot;plugin/file&quot; em /opt/gbo/logs/coredns.log.</translation>
    </message>
    <message>
        <source>it answers serial %1, not %2.</source>
        <translation>ele responde o serial %1, não %2.</translation>
    </message>
    <message>
        <source>%1 %2 answers &quot;%3&quot;, expected &quot;%4&quot;.</source>
        <translation>%1 %2 responde &quot;%3&quot;, esperava-se &quot;%4&quot;.</translation>
    </message>
</context>
<context>
    <name>ZstdSeekable</name>
    <message>
        <source>File too short for a seek table</source>
        <translation>Arquivo curto demais para uma tabela de busca</translation>
    </message>
    <message>
        <source>No seek table (seekable magic missing)</source>
        <translation>Sem tabela de busca (falta o número mágico seekable)</translation>
    </message>
    <message>
        <source>Seek table descriptor has reserved bits set</source>
        <translation>O descritor da tabela de busca tem bits reservados ativados</translation>
    </message>
    <message>
        <source>Seek table claims %1 bytes, more than the file&apos;s %2</source>
        <translation>A tabela de busca declara %1 bytes, mais que os %2 do arquivo</translation>
    </message>
    <message>
        <source>Seek table needs %1 tail bytes, got %2</source>
        <translation>A tabela de busca precisa de %1 bytes finais, mas recebeu %2</translation>
    </message>
    <message>
        <source>Seek table: bad skippable-frame magic at byte %1</source>
        <translation>Tabela de busca: número mágico de skippable frame inválido no byte %1</translation>
    </message>
    <message>
        <source>Seek table: frame size field does not match the frame count at byte %1</source>
        <translation>Tabela de busca: o campo de tamanho do frame não corresponde à contagem de frames no byte %1</translation>
    </message>
    <message>
        <source>Seek table: frames add up to %1 compressed bytes but the table starts at byte %2</source>
        <translation>Tabela de busca: os frames somam %1 bytes comprimidos, mas a tabela começa no byte %2</translation>
    </message>
    <message>
        <source>Cannot seek to the seek table</source>
        <translation>Não é possível posicionar na tabela de busca</translation>
    </message>
    <message>
        <source>Corrupt zstd frame at byte %1: %2</source>
        <translation>Frame zstd corrompido no byte %1: %2</translation>
    </message>
    <message>
        <source>Checksum mismatch in the zstd frame at byte %1</source>
        <translation>O checksum não confere no frame zstd do byte %1</translation>
    </message>
    <message>
        <source>No frame %1 in the seek table</source>
        <translation>Não há frame %1 na tabela de busca</translation>
    </message>
    <message>
        <source>Cannot seek to byte %1</source>
        <translation>Não é possível posicionar no byte %1</translation>
    </message>
    <message>
        <source>File ends inside the zstd frame at byte %1</source>
        <translation>O arquivo termina dentro do frame zstd no byte %1</translation>
    </message>
    <message>
        <source>Corrupt zstd data near compressed byte %1 (%2); %3 bytes decoded before it</source>
        <translation>Dados zstd corrompidos perto do byte comprimido %1 (%2); %3 bytes decodificados antes dele</translation>
    </message>
    <message>
        <source>Decoding stopped</source>
        <translation>Decodificação interrompida</translation>
    </message>
    <message>
        <source>Read error at compressed byte %1: %2</source>
        <translation>Erro de leitura no byte comprimido %1: %2</translation>
    </message>
    <message>
        <source>Write failed: %1</source>
        <translation>Falha na gravação: %1</translation>
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
