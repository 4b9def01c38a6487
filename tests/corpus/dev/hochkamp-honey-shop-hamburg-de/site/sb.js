const { createClient } = supabase;
const sb = createClient(
  'https://mmzggnwshgjqruebqaru.supabase.co',
  'sb_publishable_-G2zwCs25OSoB6jY8nqBTw_Rayz45MA'
);
