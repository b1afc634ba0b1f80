-- Scale data set, step 0: bookkeeping in its own schema (scale), kept apart from the
-- application's tables: which steps are done (so a rerun resumes) and the id ranges they made.
\set ON_ERROR_STOP on
create schema if not exists scale;
create table if not exists scale.progress (
  step        text primary key,
  lo          bigint,
  hi          bigint,
  rows        bigint,
  finished_at timestamptz not null default clock_timestamp()
);
-- where residents and stores are: the 12 trial municipalities by population (2020 census)
create table if not exists scale.municipality_weight (
  code        varchar(6) primary key,
  population  integer not null
);
insert into scale.municipality_weight values
  ('011002', 1973395), ('012033', 111299), ('012106', 79306), ('012173', 118905), ('012246', 97950),
  ('012319', 70331), ('012343', 57436), ('012351', 58414), ('013030', 15628), ('013048', 2895),
  ('014231', 7240), ('014249', 10488)
on conflict do nothing;
-- pick a municipality for a uniform random number u in [0, 1)
create or replace function scale.municipality(u float8) returns varchar language sql stable as $$
  select code from (
    select code, sum(population) over (order by code) :: float8 / sum(population) over () as cum
    from scale.municipality_weight) w
  where w.cum > u order by cum limit 1
$$;
