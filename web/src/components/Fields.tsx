/**
 * Form fields for the filter bars: labelled selects and dates, and an entity picker (a combobox
 * that searches /api/entities as you type).
 * @module
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { useApi, useDebounced } from '../lib/hooks.js';
import { t } from '../lib/i18n.js';
import type { MessageKey } from '../lib/messages.js';
import type { EntityPage, EntitySummary, Page } from '../lib/types.js';

export interface Option {
  value: string;
  label: string;
}

export function SelectField({
  label,
  value,
  options,
  onChange,
  anyLabel,
  name,
}: {
  label: string;
  value: string | undefined;
  options: Option[];
  onChange: (v: string | undefined) => void;
  anyLabel?: string;
  name: string;
}) {
  const id = useId();
  const known = !value || options.some((o) => o.value === value);
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select
        id={id}
        name={name}
        value={value ?? ''}
        onChange={(e) => onChange((e.target as HTMLSelectElement).value || undefined)}
      >
        <option value="">{anyLabel ?? t('filter.any')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
        {known ? null : <option value={value}>{value}</option>}
      </select>
    </div>
  );
}

export function DateField({
  label,
  value,
  onChange,
  name,
  min,
  max,
}: {
  label: string;
  value: string | undefined;
  onChange: (v: string | undefined) => void;
  name: string;
  min?: string;
  max?: string;
}) {
  const id = useId();
  return (
    <div class="field field-date">
      <label for={id}>{label}</label>
      <input
        id={id}
        name={name}
        type="date"
        value={value ?? ''}
        min={min}
        max={max}
        onChange={(e) => onChange((e.target as HTMLInputElement).value || undefined)}
      />
    </div>
  );
}

/** A search box that updates the URL a moment after typing stops (Enter applies at once). */
export function SearchField({
  label,
  value,
  onChange,
  placeholder,
  name,
}: {
  label: string;
  value: string | undefined;
  onChange: (v: string | undefined) => void;
  placeholder?: string;
  name: string;
}) {
  const id = useId();
  const [text, setText] = useState(value ?? '');
  const typed = useRef(false);
  const debounced = useDebounced(text, 350);
  useEffect(() => {
    if (!typed.current) setText(value ?? '');
  }, [value]);
  useEffect(() => {
    if (typed.current && (debounced.trim() || undefined) !== value) onChange(debounced.trim() || undefined);
    typed.current = false;
  }, [debounced]);
  return (
    <div class="field field-search">
      <label for={id}>{label}</label>
      <input
        id={id}
        name={name}
        type="search"
        value={text}
        placeholder={placeholder}
        autocomplete="off"
        onInput={(e) => {
          typed.current = true;
          setText((e.target as HTMLInputElement).value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            typed.current = false;
            onChange(text.trim() || undefined);
          }
        }}
      />
    </div>
  );
}

/** Picks one entity by name: type to search, ↑ ↓ to choose, Enter to take it, Escape to close. */
export function EntityPicker({
  label,
  value,
  onChange,
  type,
  name,
}: {
  label: string;
  value: string | undefined;
  onChange: (id: string | undefined) => void;
  type?: 'PER' | 'ORG' | 'LOC';
  name: string;
}) {
  const id = useId();
  const listId = `${id}-list`;
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const q = useDebounced(text.trim(), 150);
  const selected = useApi<EntityPage>(value ? `/api/entities/${encodeURIComponent(value)}` : null);
  const found = useApi<Page<EntitySummary>>(open && q ? '/api/entities' : null, { q, type, limit: 8 });
  const items = found.data?.items ?? [];
  const take = (e: EntitySummary | undefined) => {
    if (!e) return;
    onChange(e.id);
    setText('');
    setOpen(false);
  };

  if (value)
    return (
      <div class="field">
        <span class="label" id={`${id}-label`}>
          {label}
        </span>
        <span class="chip">
          <span class="sr-only">{label}: </span>
          {selected.data?.entity.name ?? value}
          <button
            type="button"
            class="chip-remove"
            aria-label={t('filter.entity.remove', { name: selected.data?.entity.name ?? value })}
            onClick={() => onChange(undefined)}
          >
            ×
          </button>
        </span>
      </div>
    );

  return (
    <div class="field field-entity">
      <label for={id}>{label}</label>
      <input
        id={id}
        name={name}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open && items.length > 0}
        aria-controls={listId}
        aria-activedescendant={open && items[active] ? `${listId}-${active}` : undefined}
        autocomplete="off"
        placeholder={t('filter.actor.placeholder')}
        value={text}
        onInput={(e) => {
          setText((e.target as HTMLInputElement).value);
          setOpen(true);
          setActive(0);
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((a) => Math.min(items.length - 1, a + 1));
          else if (e.key === 'ArrowUp') setActive((a) => Math.max(0, a - 1));
          else if (e.key === 'Enter') take(items[active]);
          else if (e.key === 'Escape') setOpen(false);
          else return;
          e.preventDefault();
        }}
      />
      {open && q ? (
        // The WAI-ARIA combobox pattern: focus stays in the input, which handles the keys.
        // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: listbox of a combobox.
        <ul id={listId} role="listbox" class="listbox" aria-label={label}>
          {items.map((e, i) => (
            // biome-ignore lint/a11y/useKeyWithClickEvents: the input handles the keys (combobox pattern).
            // biome-ignore lint/a11y/useFocusableInteractive: options of a combobox are not focused (aria-activedescendant).
            <li
              key={e.id}
              id={`${listId}-${i}`}
              // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: option of a combobox listbox.
              role="option"
              aria-selected={i === active}
              onMouseDown={(ev) => ev.preventDefault()}
              onClick={() => take(e)}
            >
              {e.name} <span class="muted">{t(`type.${e.type}` as MessageKey)}</span>
            </li>
          ))}
          {found.data && items.length === 0 ? <li class="listbox-empty">{t('filter.entity.none')}</li> : null}
        </ul>
      ) : null}
    </div>
  );
}

const PHONE = '(max-width: 600px)';
const isPhone = () => typeof matchMedia === 'function' && matchMedia(PHONE).matches;

/**
 * The frame of a filter bar, with "Clear filters" when any is set. On a phone the filters fold
 * away behind a summary line (open when a filter is set); elsewhere they are always shown.
 */
export function FilterBar({
  children,
  active,
  onClear,
}: {
  children: ComponentChildren;
  active: boolean;
  onClear: () => void;
}) {
  const [open, setOpen] = useState(() => active || !isPhone());
  useEffect(() => {
    if (typeof matchMedia !== 'function') return;
    const mq = matchMedia(PHONE);
    const wide = () => {
      if (!mq.matches) setOpen(true);
    };
    mq.addEventListener('change', wide);
    return () => mq.removeEventListener('change', wide);
  }, []);
  return (
    <details class="filters-wrap" open={open} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>
        {t('filter.legend')}
        {active ? ' •' : ''}
      </summary>
      <form class="filters" onSubmit={(e) => e.preventDefault()} aria-label={t('filter.legend')}>
        {children}
        {active ? (
          <button type="button" class="button button-quiet clear" onClick={onClear}>
            {t('filter.clear')}
          </button>
        ) : null}
      </form>
    </details>
  );
}

/** The filters every list shares: language, source and a date range. */
export interface CommonFilterValues {
  lang?: string;
  source?: string;
  from?: string;
  to?: string;
}

/**
 * Language, source, from and to, as one block. `onDates` lets a page clear what a new range
 * makes stale (the timeline's open day).
 */
export function CommonFilters({
  values,
  langs,
  sources,
  onChange,
  onDates = {},
}: {
  values: CommonFilterValues;
  langs: Option[];
  sources: Option[];
  onChange: (patch: Record<string, string | undefined>) => void;
  onDates?: Record<string, undefined>;
}) {
  return (
    <>
      <SelectField
        name="lang"
        label={t('filter.lang')}
        value={values.lang}
        options={langs}
        onChange={(lang) => onChange({ lang })}
      />
      <SelectField
        name="source"
        label={t('filter.source')}
        value={values.source}
        options={sources}
        onChange={(source) => onChange({ source })}
      />
      <DateField
        name="from"
        label={t('filter.from')}
        value={values.from}
        onChange={(from) => onChange({ from, ...onDates })}
      />
      <DateField name="to" label={t('filter.to')} value={values.to} onChange={(to) => onChange({ to, ...onDates })} />
    </>
  );
}
