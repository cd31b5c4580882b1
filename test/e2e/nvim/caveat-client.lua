-- Headless Neovim (0.7+) as a second LSP client of `caveat lsp --stdio`.
-- Reads a JSON request from the file named by $CAVEAT_NVIM_REQUEST:
--   { cmd = {...}, root = DIR, timeout_ms = N,
--     files = { { path, hovers = {{line, character}}, actions = {{line, character}},
--                 applies = { { position = {line, character}, title_contains = TEXT, rule_id = ID? }, ... },
--                 guidance_rule = ID?, partner_rule = ID? } } }
-- opens each file with Neovim's own filetype detection, attaches the client, polls vim.diagnostic.get
-- until diagnostics arrive, requests hovers and code actions, applies code actions' workspace edits in
-- order (the way Neovim applies any code action's edit; each waits for the server's re-scan before the
-- next), then runs "open the guidance" (workspace/executeCommand, and opens the page the server names)
-- and applies "add to the reviewed partners" (an edit of the list file, written with :write), and
-- writes one JSON result to
-- $CAVEAT_NVIM_RESULT. Quits with exit code 0 when it could write a result, 1 otherwise.
vim.cmd('filetype on')
vim.o.more = false

-- Messages would otherwise stop a headless Neovim at a hit-enter prompt: keep them for the result.
local notes = {}
vim.notify = function(message) table.insert(notes, tostring(message)) end

-- Counts publishDiagnostics per URI, so a test can wait for the re-scan after an edit.
local published = {}
local publish_handler = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
  publish_handler(err, result, ctx, config)
  if result then published[result.uri] = (published[result.uri] or 0) + 1 end
end

-- Records window/showMessage (0.7 writes it to stdout) and window/showDocument, then lets Neovim's
-- own handlers run.
local messages = {}
local show_message_handler = vim.lsp.handlers['window/showMessage']
vim.lsp.handlers['window/showMessage'] = function(err, result, ctx, config)
  if result then table.insert(messages, result.message) end
  return show_message_handler(err, result, ctx, config)
end
local shown_documents = {}
local show_document_handler = vim.lsp.handlers['window/showDocument']
if show_document_handler then
  vim.lsp.handlers['window/showDocument'] = function(err, result, ctx, config)
    if result then table.insert(shown_documents, result.uri) end
    return show_document_handler(err, result, ctx, config)
  end
end

local function read_file(path)
  local handle = assert(io.open(path, 'r'))
  local text = handle:read('*a')
  handle:close()
  return text
end

local function write_result(result)
  local handle = assert(io.open(os.getenv('CAVEAT_NVIM_RESULT'), 'w'))
  handle:write(vim.fn.json_encode(result))
  handle:close()
end

-- Hover contents may be MarkupContent, MarkedString or a list of MarkedStrings.
local function hover_text(contents)
  if type(contents) == 'string' then return contents end
  if contents.value then return contents.value end
  local parts = {}
  for _, part in ipairs(contents) do table.insert(parts, hover_text(part)) end
  return table.concat(parts, '\n')
end

local function first_result(responses)
  for _, response in pairs(responses or {}) do
    if response.result then return response.result end
  end
  return nil
end

local function supports(client_id, method)
  local client = vim.lsp.get_client_by_id(client_id)
  return client ~= nil and client.supports_method(method)
end

local function request_hover(bufnr, position, timeout_ms)
  local params = { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, position = position }
  local result = first_result(vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', params, timeout_ms))
  return { position = position, text = result and result.contents and hover_text(result.contents) or vim.NIL }
end

-- The line's diagnostics in LSP form, as vim.lsp.buf.code_action() of Neovim 0.7 sends them.
local function lsp_diagnostics_at(bufnr, line)
  return vim.lsp.diagnostic.get_line_diagnostics(bufnr, line)
end

local function request_code_actions(bufnr, position, timeout_ms)
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    range = { start = position, ['end'] = position },
    context = { diagnostics = lsp_diagnostics_at(bufnr, position.line) },
  }
  local titles = {}
  local result = first_result(vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, timeout_ms))
  for _, action in ipairs(result or {}) do table.insert(titles, action.title) end
  return { position = position, titles = titles }
end

local function diagnostics_of(bufnr)
  local out = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    table.insert(out, {
      line = d.lnum,
      column = d.col,
      end_line = d.end_lnum,
      end_column = d.end_col,
      severity = d.severity,
      source = d.source or vim.NIL,
      code = d.code or lsp.code or vim.NIL,
      message = d.message,
    })
  end
  return out
end

-- Whether the action is about a diagnostic of `rule_id` (any action when no rule is given).
local function concerns(action, rule_id)
  if rule_id == nil then return true end
  for _, d in ipairs(action.diagnostics or {}) do
    if d.code == rule_id then return true end
  end
  return false
end

-- Applies the edit of the first code action at `apply.position` whose title contains
-- `apply.title_contains` (and that concerns `apply.rule_id`, when given).
local function apply_code_action(client_id, bufnr, apply, timeout_ms)
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    range = { start = apply.position, ['end'] = apply.position },
    context = { diagnostics = lsp_diagnostics_at(bufnr, apply.position.line) },
  }
  local result = first_result(vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, timeout_ms))
  for _, action in ipairs(result or {}) do
    if action.edit and action.title:find(apply.title_contains, 1, true) and concerns(action, apply.rule_id) then
      local client = vim.lsp.get_client_by_id(client_id)
      local uri = vim.uri_from_bufnr(bufnr)
      local before = published[uri] or 0
      vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding)
      local lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
      local rescanned = vim.wait(timeout_ms, function() return (published[uri] or 0) > before end, 50)
      return {
        title_contains = apply.title_contains,
        title = action.title,
        text_after = table.concat(lines, '\n'),
        rescanned = rescanned,
        diagnostics_after = diagnostics_of(bufnr),
      }
    end
  end
  return { title_contains = apply.title_contains, title = vim.NIL, text_after = vim.NIL, rescanned = false, diagnostics_after = {} }
end

-- The code actions at the first current diagnostic of `rule_id`, with that position.
local function actions_at_rule(bufnr, rule_id, timeout_ms)
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    if (d.code or lsp.code) == rule_id then
      local position = { line = d.lnum, character = d.col }
      local params = {
        textDocument = { uri = vim.uri_from_bufnr(bufnr) },
        range = { start = position, ['end'] = position },
        context = { diagnostics = lsp_diagnostics_at(bufnr, d.lnum) },
      }
      return first_result(vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, timeout_ms)) or {}
    end
  end
  return {}
end

-- "Open the guidance": runs the action's command on the server, as vim.lsp.buf.code_action() does for
-- a command Neovim does not know, and opens the page the server asks for (or names in a message).
local function run_guidance(client_id, bufnr, rule_id, timeout_ms)
  local out = { rule_id = rule_id, title = vim.NIL, command = vim.NIL, messages = {}, shown = {}, page = vim.NIL, page_first_line = vim.NIL }
  for _, action in ipairs(actions_at_rule(bufnr, rule_id, timeout_ms)) do
    if action.command and action.title:find('open the guidance', 1, true) and concerns(action, rule_id) then
      out.title = action.title
      out.command = action.command.command
      local before_messages, before_shown = #messages, #shown_documents
      local client = vim.lsp.get_client_by_id(client_id)
      local response = client.request_sync('workspace/executeCommand', action.command, timeout_ms, bufnr)
      out.error = response and response.err and vim.inspect(response.err) or vim.NIL
      vim.wait(timeout_ms, function() return #messages > before_messages or #shown_documents > before_shown end, 50)
      for i = before_messages + 1, #messages do table.insert(out.messages, messages[i]) end
      for i = before_shown + 1, #shown_documents do table.insert(out.shown, shown_documents[i]) end
      local page = out.shown[1] and vim.uri_to_fname(out.shown[1]) or nil
      for _, message in ipairs(out.messages) do
        page = page or message:match('^Caveat guidance on [^:]*: (.+%.md)$')
      end
      if page then
        vim.cmd('edit ' .. vim.fn.fnameescape(page))
        local page_buf = vim.api.nvim_get_current_buf()
        out.page = vim.api.nvim_buf_get_name(page_buf)
        out.page_first_line = vim.api.nvim_buf_get_lines(page_buf, 0, 1, false)[1] or vim.NIL
        vim.api.nvim_set_current_buf(bufnr)
      end
      return out
    end
  end
  return out
end

-- "Add to the reviewed partners": applies the action's workspace edit (it may create the list), then
-- writes the list buffer as a user would (:write, after creating its folder).
local function add_partner(client_id, bufnr, rule_id, timeout_ms)
  local out = { rule_id = rule_id, title = vim.NIL, list = vim.NIL, list_text = vim.NIL, written = false }
  for _, action in ipairs(actions_at_rule(bufnr, rule_id, timeout_ms)) do
    if action.edit and action.title:find('to the reviewed partners', 1, true) and concerns(action, rule_id) then
      out.title = action.title
      local uri = nil
      for _, change in ipairs(action.edit.documentChanges or {}) do uri = uri or (change.textDocument and change.textDocument.uri) end
      for changed in pairs(action.edit.changes or {}) do uri = uri or changed end
      local client = vim.lsp.get_client_by_id(client_id)
      vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding)
      if uri then
        local list = vim.uri_to_fname(uri)
        local list_buf = vim.uri_to_bufnr(uri)
        out.list = list
        out.list_text = table.concat(vim.api.nvim_buf_get_lines(list_buf, 0, -1, false), '\n')
        vim.fn.mkdir(vim.fn.fnamemodify(list, ':h'), 'p')
        vim.api.nvim_buf_call(list_buf, function() vim.cmd('silent write') end)
        out.written = true
      end
      return out
    end
  end
  return out
end

local function run()
  local request = vim.fn.json_decode(read_file(os.getenv('CAVEAT_NVIM_REQUEST')))
  local exited = nil
  local client_id = vim.lsp.start_client({
    name = 'caveat',
    cmd = request.cmd,
    root_dir = request.root,
    on_exit = function(code) exited = code end,
  })
  assert(client_id, 'vim.lsp.start_client returned nil')
  local result = { files = {} }
  for _, file in ipairs(request.files) do
    vim.cmd('edit ' .. vim.fn.fnameescape(file.path))
    local bufnr = vim.api.nvim_get_current_buf()
    vim.lsp.buf_attach_client(bufnr, client_id)
    local started = vim.loop.now()
    local arrived = vim.wait(request.timeout_ms, function()
      return #vim.diagnostic.get(bufnr) > 0 or exited ~= nil
    end, 50)
    local entry = {
      path = file.path,
      filetype = vim.bo[bufnr].filetype,
      wait_ms = vim.loop.now() - started,
      timed_out = not arrived,
      diagnostics = diagnostics_of(bufnr),
      hovers = {},
      actions = {},
    }
    if supports(client_id, 'textDocument/hover') then
      for _, position in ipairs(file.hovers or {}) do
        table.insert(entry.hovers, request_hover(bufnr, position, request.timeout_ms))
      end
    end
    if supports(client_id, 'textDocument/codeAction') then
      for _, position in ipairs(file.actions or {}) do
        table.insert(entry.actions, request_code_actions(bufnr, position, request.timeout_ms))
      end
      entry.applied = {}
      for _, apply in ipairs(file.applies or {}) do
        table.insert(entry.applied, apply_code_action(client_id, bufnr, apply, request.timeout_ms))
      end
      if file.guidance_rule then entry.guidance = run_guidance(client_id, bufnr, file.guidance_rule, request.timeout_ms) end
      if file.partner_rule then entry.partner = add_partner(client_id, bufnr, file.partner_rule, request.timeout_ms) end
    end
    table.insert(result.files, entry)
  end
  result.server_exited = exited or vim.NIL
  result.capabilities = {
    hover = supports(client_id, 'textDocument/hover'),
    code_action = supports(client_id, 'textDocument/codeAction'),
  }
  result.notes = notes
  vim.lsp.stop_client(client_id)
  vim.wait(5000, function() return exited ~= nil end, 50)
  write_result(result)
end

local ok, err = pcall(run)
if not ok then
  pcall(write_result, { error = tostring(err), notes = notes })
  vim.cmd('cquit 1')
end
vim.cmd('qa!')
